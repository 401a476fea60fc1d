using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Alerts;

/// <summary>The alerts centre: the signed-in person's open alerts, read again from the database whenever the hub says something moved.</summary>
public sealed partial class AlertsPage
{
    // Ages are shown to the minute.
    private static readonly TimeSpan _ageTick = TimeSpan.FromMinutes(1);

    private IReadOnlyList<AlertRow>? _rows;
    private Actor? _actor;
    private bool _showAcknowledged;
    private ITimer? _ageTicker;

    // Live reloads can overlap; only the latest one may set the rows.
    private int _loads;

    [Inject]
    private IAlertDesk Alerts { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private DeskEvents Events { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private int OpenCount => _rows?.Count(r => r.Alert.AcknowledgedAt is null) ?? 0;

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        Events.AlertRaised += OnAlertAsync;
        Events.AlertReminder += OnAlertAsync;
        Events.AlertAcknowledged += OnAlertAsync;
        Events.ComplaintChanged += OnComplaintChangedAsync;
        Events.Reconnected += ReloadLiveAsync;
        _ageTicker = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, _ageTick, _ageTick);
        await ReloadAsync();
    }

    public void Dispose()
    {
        Events.AlertRaised -= OnAlertAsync;
        Events.AlertReminder -= OnAlertAsync;
        Events.AlertAcknowledged -= OnAlertAsync;
        Events.ComplaintChanged -= OnComplaintChangedAsync;
        Events.Reconnected -= ReloadLiveAsync;
        _ageTicker?.Dispose();
    }

    private async Task ReloadAsync()
    {
        var load = ++_loads;
        var rows = await Alerts.ListAsync(_actor!, openOnly: !_showAcknowledged, CancellationToken.None);
        if (load == _loads)
        {
            _rows = rows;
        }
    }

    private Task ShowAcknowledgedAsync(bool show)
    {
        _showAcknowledged = show;
        return ReloadAsync();
    }

    private Task OnAlertAsync(AlertView alert) => ReloadLiveAsync();

    // Only the complaints shown: their status, priority and assignee are on the rows.
    private Task OnComplaintChangedAsync(ComplaintChange change) =>
        _rows?.Any(r => r.Alert.ComplaintReference == change.Reference) == true ? ReloadLiveAsync() : Task.CompletedTask;

    private Task ReloadLiveAsync() => InvokeAsync(async () =>
    {
        try
        {
            await ReloadAsync();
            StateHasChanged();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await DispatchExceptionAsync(exception);
        }
    });
}
