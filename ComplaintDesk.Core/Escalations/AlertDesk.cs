using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Escalations;

public sealed class AlertDesk(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time, IDeskNotifier notifier) : IAlertDesk
{
    private const int AcknowledgedShown = 100;

    public async Task<IReadOnlyList<AlertRow>> ListAsync(Actor actor, bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.TeamIdsOfAsync(actor.UserId, cancellationToken);
        var open = await Rows(db, db.VisibleTo(actor, teams).Where(a => a.AcknowledgedAt == null))
            .ToListAsync(cancellationToken);
        var ordered = open.OrderByDescending(r => r.Alert.Level).ThenBy(r => r.Alert.RaisedAt).ToList();
        if (openOnly)
        {
            return ordered;
        }

        var acknowledged = await Rows(db, db.VisibleTo(actor, teams).Where(a => a.AcknowledgedAt != null)
                .OrderByDescending(a => a.AcknowledgedAt)
                .Take(AcknowledgedShown))
            .ToListAsync(cancellationToken);
        return [.. ordered, .. acknowledged];
    }

    public async Task<int> CountOpenAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.TeamIdsOfAsync(actor.UserId, cancellationToken);
        return await db.VisibleTo(actor, teams).CountAsync(a => a.AcknowledgedAt == null, cancellationToken);
    }

    public async Task<AlertView> AcknowledgeAsync(long alertId, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.FindAsync([alertId], cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(AlertKeys.NoSuchAlert, alertId));
        alert.Acknowledge(actor, await db.TeamIdsOfAsync(actor.UserId, cancellationToken), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new MoveRefusedException(DeskMessage.Of(AlertKeys.AcknowledgedMomentAgo));
        }

        var view = AlertView.From(alert);
        await notifier.AlertAcknowledgedAsync(view, cancellationToken);
        return view;
    }

    private static IQueryable<AlertRow> Rows(DeskDbContext db, IQueryable<Alert> alerts) =>
        from alert in alerts
        join complaint in db.Complaints on alert.ComplaintId equals complaint.Id
        select new AlertRow(
            new AlertView(
                alert.Id, alert.ComplaintReference, alert.Level, alert.Trigger, alert.Clock, alert.RaisedAt, alert.TargetRole,
                alert.TargetEmail, alert.Reason, alert.AcknowledgedAt, alert.AcknowledgedBy, alert.TeamId),
            complaint.Status, complaint.Priority, complaint.AssigneeEmail, complaint.SubjectStaffEmail);
}
