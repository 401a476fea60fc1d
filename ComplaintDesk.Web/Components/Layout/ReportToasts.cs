using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.RealTime;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// Announces the month's workbook to the people who read reports (the hub sends them the run) once the schedule has
/// built it, or failed to: when it runs in the night, nobody has the Reports page open. A workbook someone builds by
/// hand shows on their own page.
/// </summary>
public sealed class ReportToasts : LiveToasts
{
    protected override bool Wants(MonthlyReportView run) => run is { Building: false, RequestedBy: MonthlyReportRun.Schedule };

    protected override Task RefreshAsync(LiveBatch batch)
    {
        foreach (var run in batch.Reports)
        {
            Toast(Text[run.Succeeded ? "ReportToast.Ready" : "ReportToast.Failed", MonthText.Of(run.Month)],
                run.Succeeded ? Severity.Info : Severity.Error, "/reports", $"report-{run.Id}");
        }

        return Task.CompletedTask;
    }
}
