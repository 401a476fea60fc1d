using System.Globalization;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Reports;

/// <summary>Runs of the monthly workbook in the person's words: "1.4 s", "Schedule".</summary>
public static class ReportText
{
    public static string Took(this IStringLocalizer<DeskText> text, TimeSpan duration) =>
        duration < TimeSpan.FromSeconds(0.1) ? text["Reports.UnderATenth"]
        : duration.TotalMinutes < 1 ? text["Reports.Seconds", duration.TotalSeconds.ToString("0.#", CultureInfo.CurrentCulture)]
        : text["Reports.MinutesSeconds", (int)duration.TotalMinutes, duration.Seconds];

    /// <summary>The person who asked, or the schedule's run on the 1st.</summary>
    public static string RequestedBy(this IStringLocalizer<DeskText> text, MonthlyReportView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.RequestedBy == MonthlyReportRun.Schedule ? text["Reports.Schedule"] : run.RequestedBy;
    }
}
