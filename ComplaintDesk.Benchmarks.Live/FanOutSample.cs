namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One measured alert: when the escalate request went out and was answered, the server's raise
/// instant and hub sends, and the first and last client to handle the alert (all on the real clock).
/// </summary>
internal sealed record FanOutSample(
    DateTimeOffset RequestStart,
    TimeSpan Answered,
    AlertSend Alert,
    ChangeSend? Change,
    DateTimeOffset First,
    DateTimeOffset Last,
    int Heard,
    double CpuBusy,
    TimeSpan GcPause)
{
    public TimeSpan RequestToLast => Last - RequestStart;

    public TimeSpan RaisedToLast => Last - Alert.RaisedAt;

    public TimeSpan RaisedToFirst => First - Alert.RaisedAt;

    public TimeSpan FirstToLast => Last - First;

    public TimeSpan RequestToRaised => Alert.RaisedAt - RequestStart;

    public TimeSpan RaisedToSend => Alert.Started - Alert.RaisedAt;

    public TimeSpan? ChangeSendTime => Change?.Finished - Change?.Started;

    public TimeSpan AlertSendTime => Alert.Finished - Alert.Started;

    public TimeSpan SendToLast => Last - Alert.Started;
}
