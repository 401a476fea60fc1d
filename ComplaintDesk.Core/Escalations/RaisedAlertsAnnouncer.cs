using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Escalations;

/// <summary>What follows alerts a check raised: every open screen hears them, and a first breach gets the trigger for its unhandled check.</summary>
internal sealed class RaisedAlertsAnnouncer(IDeskNotifier notifier, IAlarmScheduler alarms, IOptions<EscalationOptions> options)
{
    public async Task AnnounceAsync(Complaint complaint, List<Alert> raised, CancellationToken cancellationToken)
    {
        if (raised.Count == 0)
        {
            return;
        }

        await notifier.ComplaintChangedAsync(ComplaintChange.Of(complaint, ComplaintMove.RaiseAlert), cancellationToken);
        foreach (var alert in raised)
        {
            await notifier.AlertRaisedAsync(AlertView.From(alert), cancellationToken);
            if (alert is { Trigger: AlertTrigger.Breach, Level: 1 })
            {
                alarms.CheckUnhandledAt(alert.Id, alert.RaisedAt + options.Value.UnhandledAfter);
            }
        }
    }
}
