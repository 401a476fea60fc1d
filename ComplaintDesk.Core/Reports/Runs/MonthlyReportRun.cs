namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// One build of a month's workbook: who asked (or the schedule), when, how long it took and how big
/// it came out. Every run is kept; the month's workbook is its latest successful run's file.
/// </summary>
public sealed class MonthlyReportRun
{
    public const string Schedule = "schedule";

    private MonthlyReportRun()
    {
    }

    internal MonthlyReportRun(string month, string requestedBy, DateTimeOffset startedAt)
    {
        Month = month;
        RequestedBy = requestedBy;
        StartedAt = startedAt;
    }

    public long Id { get; private set; }

    public string Month { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool Succeeded { get; private set; }

    public TimeSpan Duration { get; private set; }

    public long Bytes { get; private set; }

    public int Complaints { get; private set; }

    public string? Failure { get; private set; }

    internal void Succeed(DateTimeOffset at, TimeSpan took, long bytes, int complaints) =>
        (FinishedAt, Duration, Bytes, Complaints, Succeeded) = (at, took, bytes, complaints, true);

    internal void Fail(DateTimeOffset at, TimeSpan took, string why) => (FinishedAt, Duration, Failure) = (at, took, why);
}
