using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>How many alerts are open for the signed-in person, counted again whenever the hub says alerts moved.</summary>
public sealed partial class AlertsBadge : IDisposable
{
    private Actor? _actor;
    private int _count;

    // Live counts can overlap; only the latest one may set the number.
    private int _counts;

    [Inject]
    private IAlertDesk Alerts { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private DeskEvents Events { get; set; } = default!;

    private string CountText => _count switch
    {
        0 => "No open alerts",
        1 => "1 open alert",
        _ => $"{_count} open alerts",
    };

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.FindActorAsync();
        if (_actor is null)
        {
            return;
        }

        Events.AlertRaised += OnAlertAsync;
        Events.AlertAcknowledged += OnAlertAsync;
        Events.Reconnected += RecountLiveAsync;
        await RecountAsync();
    }

    public void Dispose()
    {
        Events.AlertRaised -= OnAlertAsync;
        Events.AlertAcknowledged -= OnAlertAsync;
        Events.Reconnected -= RecountLiveAsync;
    }

    private async Task RecountAsync()
    {
        var count = ++_counts;
        var open = await Alerts.CountOpenAsync(_actor!, CancellationToken.None);
        if (count == _counts)
        {
            _count = open;
        }
    }

    private Task OnAlertAsync(AlertView alert) => RecountLiveAsync();

    private Task RecountLiveAsync() => InvokeAsync(async () =>
    {
        try
        {
            await RecountAsync();
            StateHasChanged();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await DispatchExceptionAsync(exception);
        }
    });
}
