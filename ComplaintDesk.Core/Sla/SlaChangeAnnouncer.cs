using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Core.Sla;

/// <summary>
/// After a change of settings, open screens show the new deadlines, and an alarm moved into the
/// minutes the sweep has already armed gets its own trigger.
/// </summary>
internal sealed class SlaChangeAnnouncer(IDeskNotifier notifier, IAlarmScheduler alarms)
{
    public async Task AnnounceAsync(IEnumerable<ResettledComplaint> moved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var complaint in moved)
        {
            if (complaint.NextAlarmAt is { } alarm && alarm <= now + EscalationChecks.ArmAhead)
            {
                alarms.CheckComplaintAt(complaint.Id, alarm);
            }

            await notifier.ComplaintChangedAsync(complaint.Change, cancellationToken);
        }
    }
}
