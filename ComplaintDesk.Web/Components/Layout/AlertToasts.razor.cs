using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Features.Alerts;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// A toast for each alert the hub brings this tab; the hub sends an alert only to the people it is
/// for. The sound and the desktop notification come from the browser (desk-alarm.js).
/// </summary>
public sealed partial class AlertToasts : IDisposable
{
    // Long enough to read and click while working on something else.
    private const int ShownFor = 12_000;

    private string _announcement = "";

    [Inject]
    private DeskEvents Events { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        Events.AlertRaised += OnRaisedAsync;
        Events.AlertReminder += OnReminderAsync;
    }

    public void Dispose()
    {
        Events.AlertRaised -= OnRaisedAsync;
        Events.AlertReminder -= OnReminderAsync;
    }

    private Task OnRaisedAsync(AlertView alert) => ToastAsync(alert, reminder: false);

    private Task OnReminderAsync(AlertView alert) => ToastAsync(alert, reminder: true);

    private Task ToastAsync(AlertView alert, bool reminder) => InvokeAsync(() =>
    {
        _announcement = AlertText.Toast(alert, reminder);
        StateHasChanged();
        Snackbar.Add(_announcement, alert.Level == 0 ? Severity.Warning : Severity.Error, options =>
        {
            options.Action = "Open";
            options.ActionColor = Color.Inherit;
            options.VisibleStateDuration = ShownFor;
            options.OnClick = _ =>
            {
                Navigation.NavigateTo($"/complaints/{Uri.EscapeDataString(alert.ComplaintReference)}");
                return Task.CompletedTask;
            };
        }, key: $"alert-{alert.Id}-{(reminder ? "reminder" : "raised")}");
    });
}
