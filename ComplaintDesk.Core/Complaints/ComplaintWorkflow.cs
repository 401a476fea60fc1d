using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Receives complaints and makes moves on them, one unit of work each: check who, check the
/// version, check the state, apply, save. Anything refused throws before the save, so nothing is written.
/// </summary>
public sealed class ComplaintWorkflow(
    IDbContextFactory<DeskDbContext> dbFactory,
    TimeProvider time,
    DeskTimeZone deskTimeZone,
    IComplaintQueries queries,
    IDeskNotifier notifier,
    IAlarmScheduler alarms,
    ISlaSettings sla) : IComplaintWorkflow
{
    // Each retry follows a write that committed meanwhile, so a handful covers any burst a desk sees.
    private const int Attempts = 5;

    public async Task<ComplaintDetails> ReceiveAsync(NewComplaint input, Actor actor, CancellationToken cancellationToken)
    {
        ComplaintPermissions.EnsureMayWork(actor);
        var stamp = new Stamp(time.GetUtcNow(), actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new FieldErrors();
        NewComplaintRules.Read(input, stamp.At, errors);
        var category = await db.FindCategoryAsync(input.Category, errors, cancellationToken);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await db.NextReferenceAsync(deskTimeZone.YearOf(stamp.At), cancellationToken);
        var complaint = Complaint.Receive(input, category, reference, sla.DefaultPriority, stamp);
        complaint.SettleClocks(sla, stamp.At);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ScheduleAlarm(complaint, null);
        return await AnnounceAsync(reference, actor, null, cancellationToken);
    }

    /// <param name="expectedVersion">
    /// The version the caller last saw (If-Match): a write that meets a newer one is refused. Null asks for
    /// no check: when a background check or another person changes the complaint meanwhile, the move is
    /// applied again to the latest version, its rules checked again.
    /// </param>
    public async Task<ComplaintDetails> ApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken)
    {
        ComplaintPermissions.EnsureMayWork(actor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(reference, actor, expectedVersion, command, cancellationToken);
            }
            catch (DbUpdateException conflict) when (attempt < Attempts && MayRetry(conflict, expectedVersion))
            {
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new StaleVersionException(reference);
            }
        }
    }

    // A concurrency conflict is retried only when the caller asked for no version check; a busy
    // database (another writer held it past the busy timeout) is no conflict at all.
    private static bool MayRetry(DbUpdateException failure, int? expectedVersion) =>
        failure is DbUpdateConcurrencyException ? expectedVersion is null : SqliteBusy.Is(failure);

    private async Task<ComplaintDetails> TryApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.Include(c => c.Category)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new NotFoundException($"There is no complaint with the reference {reference}.");
        ComplaintPermissions.EnsureMayMove(actor, complaint, command.Move);
        ComplaintPermissions.EnsureObjective(actor, complaint);
        ComplaintPermissions.EnsureIndependentDecision(actor, complaint, command.Move);
        if (expectedVersion is not null && expectedVersion != complaint.Version)
        {
            throw new StaleVersionException(reference);
        }

        ComplaintMoves.Next(command.Move, complaint.Status);
        var stamp = new Stamp(time.GetUtcNow(), actor);
        if (ComplaintPermissions.TakesOnFirstMove(actor, complaint, command.Move))
        {
            complaint.Assign(actor.Email, stamp);
        }

        var alarmBefore = complaint.NextAlarmAt;
        var assigneeBefore = complaint.AssigneeEmail;
        var teamBefore = complaint.TeamId;
        await command.ApplyOrRefuseAsync(complaint, stamp, db, cancellationToken);
        if (complaint.TeamId != teamBefore)
        {
            await db.MoveOpenAlertsAsync(complaint.Id, complaint.TeamId, cancellationToken);
        }

        complaint.SettleClocks(sla, stamp.At);
        var alert = LevelChangeAlert(complaint, command, stamp.At);
        if (alert is not null)
        {
            db.Alerts.Add(alert);
        }

        var handedOver = complaint.AssigneeEmail is { } assignee && assignee != assigneeBefore
            ? await HandOverNudgesAsync(db, complaint.Id, assignee, cancellationToken)
            : [];
        await db.SaveChangesAsync(cancellationToken);

        ScheduleAlarm(complaint, alarmBefore);
        var details = await AnnounceAsync(reference, actor, alert, cancellationToken);
        foreach (var nudge in handedOver)
        {
            await notifier.AlertReminderAsync(AlertView.From(nudge), cancellationToken);
        }

        return details;
    }

    // A level-0 nudge is for whoever has the complaint: a new assignee inherits the open ones.
    private static async Task<List<Alert>> HandOverNudgesAsync(DeskDbContext db, long complaintId, string assignee, CancellationToken cancellationToken)
    {
        var nudges = await db.Alerts
            .Where(a => a.ComplaintId == complaintId && a.TargetRole == DeskRole.Handler && a.AcknowledgedAt == null)
            .ToListAsync(cancellationToken);
        nudges.ForEach(a => a.HandOver(assignee));
        return nudges;
    }

    // Annex H: a rejected decision or a manual escalation raises the complaint a level, and tells that level.
    private static Alert? LevelChangeAlert(Complaint complaint, ComplaintCommand command, DateTimeOffset at) => command switch
    {
        RejectDecisionCommand rejected => complaint.AlertForLevelChange(AlertTrigger.Rejected, rejected.Reason, at),
        EscalateCommand escalated => complaint.AlertForLevelChange(AlertTrigger.Manual, escalated.Reason, at),
        _ => null,
    };

    private void ScheduleAlarm(Complaint complaint, DateTimeOffset? before)
    {
        if (complaint.NextAlarmAt is { } next && next != before)
        {
            alarms.CheckComplaintAt(complaint.Id, next);
        }
    }

    private async Task<ComplaintDetails> AnnounceAsync(string reference, Actor actor, Alert? alert, CancellationToken cancellationToken)
    {
        var complaint = await queries.GetAsync(reference, actor, cancellationToken);
        await notifier.ComplaintChangedAsync(
            new ComplaintChange(
                complaint.Reference, complaint.Status, complaint.Priority, complaint.Assignment.Assignee,
                complaint.Assignment.EscalationLevel, complaint.Version, complaint.Timeline[^1].Kind),
            cancellationToken);
        if (alert is not null)
        {
            await notifier.AlertRaisedAsync(AlertView.From(alert), cancellationToken);
        }

        return complaint;
    }
}
