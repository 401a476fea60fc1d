namespace ComplaintDesk.Core.Monitoring;

/// <summary>A period as instants, and the moment the figures are taken at.</summary>
public sealed record MonitoringWindow(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset AsOf)
{
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Received before the end and not finished before it.</summary>
    public bool OpenAtEnd(MonitoredComplaint complaint) =>
        complaint.ReceivedAt < End && (complaint.ClosedAt is not { } finished || finished >= End);

    public ClockOutcome Outcome(MonitoredComplaint complaint, MonitoredClock clock) =>
        clock.OutcomeAt(AsOf, complaint.PausedSince);
}
