using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// What follows a complaint's committed change: a moved alarm gets its trigger, and every open screen
/// hears the change, the alert it raised and the nudges it handed to a new assignee.
/// </summary>
internal sealed class ComplaintAnnouncer(IComplaintQueries queries, IDeskNotifier notifier, IAlarmScheduler alarms)
{
    /// <summary>Returns the complaint as <paramref name="actor"/> now sees it.</summary>
    public async Task<ComplaintDetails> AnnounceAsync(
        Complaint complaint, DateTimeOffset? alarmBefore, Actor actor, Alert? alert, IReadOnlyList<Alert> handedOver, CancellationToken cancellationToken)
    {
        if (complaint.NextAlarmAt is { } next && next != alarmBefore)
        {
            alarms.CheckComplaintAt(complaint.Id, next);
        }

        var details = await queries.GetAsync(complaint.Reference, actor, cancellationToken);
        await notifier.ComplaintChangedAsync(
            new ComplaintChange(
                details.Reference, details.Status, details.Priority, details.Assignment.Assignee,
                details.Assignment.EscalationLevel, details.Version, details.Timeline[^1].Kind),
            cancellationToken);
        if (alert is not null)
        {
            await notifier.AlertRaisedAsync(AlertView.From(alert), cancellationToken);
        }

        foreach (var nudge in handedOver)
        {
            await notifier.AlertReminderAsync(AlertView.From(nudge), cancellationToken);
        }

        return details;
    }
}
