using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Core.Messages;
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
    ISlaSettings sla,
    ComplainantMail mail,
    IDeskLanguages languages) : IComplaintWorkflow
{
    // Each retry follows a write that committed meanwhile, so a handful covers any burst a desk sees.
    private const int Attempts = 5;
    private readonly ComplaintAnnouncer _announcer = new(queries, notifier, alarms);

    public async Task<ComplaintDetails> ReceiveAsync(NewComplaint input, Actor actor, CancellationToken cancellationToken)
    {
        ComplaintPermissions.EnsureMayReceive(actor);
        var stamp = new Stamp(time.GetUtcNow(), actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new FieldErrors();
        input = ComplainantLanguage.Settle(input, languages, errors);
        NewComplaintRules.Read(input, stamp.At, errors);
        var category = await db.FindCategoryAsync(input.Category, errors, cancellationToken);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await db.NextReferenceAsync(deskTimeZone.YearOf(stamp.At), cancellationToken);
        var complaint = Complaint.Receive(input, category, reference, sla.DefaultPriority, stamp);
        complaint.SettleClocks(sla, stamp.At);
        db.Complaints.Add(complaint);
        db.Attachments.AddRange(Attachment.With(complaint, complaint.Timeline[0], input.Attachments));
        if (input.ArrivedAs is not null)
        {
            db.ProcessedMessages.Add(new ProcessedMessage(input.ArrivedAs, stamp.At));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await _announcer.AnnounceAsync(complaint, null, actor, null, [], cancellationToken);
    }

    /// <param name="expectedVersion">
    /// The version the caller last saw (If-Match): a write that meets a newer one is refused. Null asks for
    /// no check: when a background check or another person changes the complaint meanwhile, the move is
    /// applied again to the latest version, its rules checked again.
    /// </param>
    public async Task<ComplaintDetails> ApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken)
    {
        ComplaintPermissions.EnsureMayMakeMoves(actor);
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
    // database (other writers at the same moment) is no conflict at all.
    private static bool MayRetry(DbUpdateException failure, int? expectedVersion) =>
        failure is DbUpdateConcurrencyException ? expectedVersion is null : BusyDatabase.Is(failure);

    private async Task<ComplaintDetails> TryApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.Include(c => c.Category)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        var decision = ComplaintPermissions.Decide(actor, MoveSubject.Of(complaint), command.Move);
        // A stale version outranks a refusal by status: the status the caller saw may not be the status now.
        if (decision.Refusal is not MoveRefusalKind.NotInThisStatus)
        {
            decision.ThrowIfRefused();
        }

        if (expectedVersion is not null && expectedVersion != complaint.Version)
        {
            throw new StaleVersionException(reference);
        }

        decision.ThrowIfRefused();
        var stamp = new Stamp(time.GetUtcNow(), actor);
        if (ComplaintPermissions.TakesOnFirstMove(actor, complaint, command.Move))
        {
            complaint.Assign(actor.Email, stamp);
        }

        var alarmBefore = complaint.NextAlarmAt;
        var assigneeBefore = complaint.AssigneeEmail;
        var teamBefore = complaint.TeamId;
        var alsoChanged = await command.ApplyOrRefuseAsync(complaint, stamp, db, languages, cancellationToken);
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
        var mailQueued = await mail.QueueAsync(db, complaint, command, stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (mailQueued)
        {
            mail.SendQueued();
        }

        foreach (var other in alsoChanged)
        {
            await _announcer.AnnounceAsync(other, other.NextAlarmAt, actor, null, [], cancellationToken);
        }

        return await _announcer.AnnounceAsync(complaint, alarmBefore, actor, alert, handedOver, cancellationToken);
    }

    // A level-0 nudge is for whoever has the complaint: a new assignee inherits the open ones.
    private static async Task<List<Alert>> HandOverNudgesAsync(DeskDbContext db, long complaintId, string assignee, CancellationToken cancellationToken)
    {
        var nudges = await db.Alerts
            .Where(a => a.ComplaintId == complaintId && a.TargetRole == DeskCapabilities.Assignee && a.AcknowledgedAt == null)
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
}
