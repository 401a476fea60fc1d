using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.RealTime;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// A toast for each alert the hub brings this tab; the hub sends an alert only to the people it is
/// for. The sound and the desktop notification come from the browser (desk-alarm.js).
/// </summary>
public sealed partial class AlertToasts : LiveToasts
{
    private string _announcement = "";

    protected override bool Wants(LiveAlert alert) => alert.Kind != LiveAlertKind.Acknowledged;

    // A toast is news: after a reconnection the alerts missed are on the alerts page, not toasted late.
    protected override Task RefreshAsync(LiveBatch batch)
    {
        foreach (var heard in batch.Alerts)
        {
            Toast(heard.Alert, heard.Kind == LiveAlertKind.Reminder);
        }

        return Task.CompletedTask;
    }

    private void Toast(AlertView alert, bool reminder)
    {
        _announcement = Text.Toast(alert, reminder);
        Toast(_announcement, alert.Level == 0 ? Severity.Warning : Severity.Error,
            ComplaintAddress(alert.ComplaintReference), $"alert-{alert.Id}-{(reminder ? "reminder" : "raised")}");
    }
}
