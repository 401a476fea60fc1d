namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One measured change: when its request was sent and answered (Unix milliseconds, this machine's clock, as
/// the pages note theirs), when each tab first showed it, and the desk process's CPU time from send to the last tab.
/// </summary>
internal sealed record TabChange(string Key, double SentAt, double AnsweredAt, TimeSpan ServerCpu, IReadOnlyList<double> Arrivals, int Tabs)
{
    public bool EveryTab => Arrivals.Count == Tabs;

    public double AnsweredToLast => Arrivals.Max() - AnsweredAt;

    public double SentToLast => Arrivals.Max() - SentAt;

    public double AnsweredToFirst => Arrivals.Min() - AnsweredAt;
}
