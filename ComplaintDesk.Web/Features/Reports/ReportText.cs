using System.Globalization;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.Features.Reports;

/// <summary>Runs of the monthly workbook in words: "November 2026", "48.2 KB", "1.4 s", "schedule".</summary>
public static class ReportText
{
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-GB");

    public static string Month(string month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.ToString("MMMM yyyy", _english)
            : month;
    }

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(_english, $"{bytes / 1024.0:0.#} KB")
        : string.Create(_english, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    public static string Took(TimeSpan duration) =>
        duration < TimeSpan.FromSeconds(0.1) ? "under 0.1 s"
        : duration.TotalMinutes < 1 ? string.Create(_english, $"{duration.TotalSeconds:0.#} s")
        : $"{(int)duration.TotalMinutes} min {duration.Seconds} s";

    /// <summary>The person who asked, or the schedule's run on the 1st.</summary>
    public static string RequestedBy(MonthlyReportView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.RequestedBy == MonthlyReportRun.Schedule ? "Schedule" : run.RequestedBy;
    }
}
