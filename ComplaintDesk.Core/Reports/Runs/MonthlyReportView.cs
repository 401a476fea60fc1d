namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>A run as the API and the Reports page show it.</summary>
public sealed record MonthlyReportView(
    long Id,
    string Month,
    string RequestedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool Succeeded,
    bool Building,
    TimeSpan Duration,
    long Bytes,
    int Complaints,
    string? Failure)
{
    public static MonthlyReportView From(MonthlyReportRun run) => new(
        run.Id, run.Month, run.RequestedBy, run.StartedAt, run.FinishedAt, run.Succeeded, run.FinishedAt is null,
        run.Duration, run.Bytes, run.Complaints, run.Failure);
}
