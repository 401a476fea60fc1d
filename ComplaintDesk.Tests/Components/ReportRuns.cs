using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Tests.Components;

/// <summary>Monthly report runs as Core lists them, for the Reports page tests.</summary>
public static class ReportRuns
{
    public static MonthlyReportView Ready(long id, string month, long bytes = 48_230, int complaints = 36, string by = "quality@demo.local", double seconds = 1.5) =>
        new(id, month, by, DeskPageContext.Now.AddMinutes(-10), DeskPageContext.Now.AddMinutes(-10).AddSeconds(seconds), true, false,
            TimeSpan.FromSeconds(seconds), bytes, complaints, null);

    public static MonthlyReportView Failed(long id, string month, string failure, DateTimeOffset? startedAt = null) =>
        new(id, month, "quality@demo.local", startedAt ?? DeskPageContext.Now.AddMinutes(-5), (startedAt ?? DeskPageContext.Now.AddMinutes(-5)).AddSeconds(2),
            false, false, TimeSpan.FromSeconds(2), 0, 0, failure);

    public static MonthlyReportView Building(long id, string month, DateTimeOffset startedAt) =>
        new(id, month, "quality@demo.local", startedAt, null, false, true, TimeSpan.Zero, 0, 0, null);

    public static MonthlyReportSummary Month(MonthlyReportView latest, MonthlyReportView? workbook = null, int runs = 1) =>
        new(latest.Month, workbook ?? (latest.Succeeded ? latest : null), latest, runs);
}
