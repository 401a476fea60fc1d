using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.Features.Reports;

/// <summary>
/// A row of the Reports page: a month as Core lists it and, when a build was asked for on this page,
/// since when. Until the job has started its run (the queue may take a moment), the row shows that
/// build as waiting rather than the month's previous run.
/// </summary>
public sealed record ReportLine(string Month, MonthlyReportSummary? Summary, DateTimeOffset? RequestedAt)
{
    /// <summary>The run the row is about: the latest, unless it is older than the build asked for here.</summary>
    public MonthlyReportView? Current => Summary?.Latest is { } latest && (RequestedAt is null || latest.StartedAt >= RequestedAt) ? latest : null;

    public ReportStatus Status => Current switch
    {
        null or { Building: true } => ReportStatus.Building,
        { Succeeded: true } => ReportStatus.Ready,
        _ => ReportStatus.Failed,
    };

    /// <summary>Finished runs only: a run still building has no size, count or duration yet.</summary>
    public MonthlyReportView? Finished => Current is { Building: false } current ? current : null;
}
