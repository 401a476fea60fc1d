using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.Jobs;

/// <summary>At 02:00 on the 1st, in the desk's time zone: the previous month's workbook, without anyone asking.</summary>
public sealed class MonthlyReportJob(MonthlyReports reports)
{
    public const string Id = "monthly-report";
    public const string Cron = "0 2 1 * *";

    public Task RunAsync(CancellationToken cancellationToken) => reports.BuildPreviousMonthAsync(cancellationToken);
}
