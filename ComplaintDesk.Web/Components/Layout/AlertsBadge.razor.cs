using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>How many alerts are open for the signed-in person, counted again whenever the hub says alerts moved.</summary>
public sealed partial class AlertsBadge : LiveComponent
{
    private Actor? _actor;
    private int _count;

    [Inject]
    private IAlertDesk Alerts { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    private string CountText => _count switch
    {
        0 => Text["AlertsBadge.None"],
        1 => Text["AlertsBadge.One"],
        _ => Text["AlertsBadge.Many", _count],
    };

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.FindActorAsync();
        if (_actor is null)
        {
            return;
        }

        await RecountAsync();
    }

    // Reminders do not change how many alerts are open.
    protected override bool Wants(LiveAlert alert) => _actor is not null && alert.Kind != LiveAlertKind.Reminder;

    protected override Task RefreshAsync(LiveBatch batch) => _actor is null ? Task.CompletedTask : RecountAsync();

    private async Task RecountAsync() => _count = await Alerts.CountOpenAsync(_actor!, CancellationToken.None);
}
