using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Alerts;

/// <summary>The alerts centre: the signed-in person's open alerts, read again from the database whenever the hub says something moved.</summary>
public sealed partial class AlertsPage : LiveComponent
{
    // Ages are shown to the minute.
    private static readonly TimeSpan _ageTick = TimeSpan.FromMinutes(1);

    private IReadOnlyList<AlertRow>? _rows;
    private Actor? _actor;
    private bool _showAcknowledged;
    private ITimer? _ageTicker;

    [Inject]
    private IAlertDesk Alerts { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private int OpenCount => _rows?.Count(r => r.Alert.AcknowledgedAt is null) ?? 0;

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        _ageTicker = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, _ageTick, _ageTick);
        await ReloadAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ageTicker?.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ReloadAsync() => _rows = await Alerts.ListAsync(_actor!, openOnly: !_showAcknowledged, CancellationToken.None);

    private Task ShowAcknowledgedAsync(bool show)
    {
        _showAcknowledged = show;
        return ReloadAsync();
    }

    protected override bool Wants(LiveAlert alert) => true;

    // Only the complaints shown: their status, priority and assignee are on the rows.
    protected override bool Wants(ComplaintChange change) =>
        _rows?.Any(r => r.Alert.ComplaintReference == change.Reference) == true;

    protected override Task RefreshAsync(LiveBatch batch) => ReloadAsync();
}
