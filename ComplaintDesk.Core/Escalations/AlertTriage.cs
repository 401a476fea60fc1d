using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Escalations;

public sealed class AlertTriage(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time, IDeskNotifier notifier) : IAlertTriage
{
    /// <summary>More at once than a few pages of groups hold is a mistake rather than triage.</summary>
    public const int MaxAcknowledgedAtOnce = 500;

    public async Task<AlertGroupPage> ListGroupsAsync(AlertTriageFilter filter, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        filter.Validate();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.TeamIdsOfAsync(actor.UserId, cancellationToken);
        var alerts = AlertGroupQuery.Matching(db, filter, actor, teams, time.GetUtcNow());
        var groups = AlertGroupQuery.Groups(alerts);
        var total = await groups.CountAsync(cancellationToken);
        var summary = await AlertGroupQuery.SummaryAsync(groups, cancellationToken);
        // Counted in long: a page far past the end must not wrap round to a real offset.
        var offset = (long)(filter.Page - 1) * filter.PageSize;
        if (offset >= total)
        {
            return new AlertGroupPage([], total, summary);
        }

        var ids = await groups.ByUrgency().Skip((int)offset).Take(filter.PageSize).Select(g => g.ComplaintId).ToListAsync(cancellationToken);
        var members = (await alerts.Where(a => ids.Contains(a.ComplaintId)).ToListAsync(cancellationToken)).ToLookup(a => a.ComplaintId);
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Status, c.Priority, c.AssigneeEmail, c.SubjectStaffEmail })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return new AlertGroupPage(
            [.. ids.Select(id => AlertGroups.Fold([.. members[id]], complaints[id].Status, complaints[id].Priority, complaints[id].AssigneeEmail, complaints[id].SubjectStaffEmail))],
            total,
            summary);
    }

    public async Task<IReadOnlyList<AlertAcknowledgement>> AcknowledgeAllAsync(IReadOnlyCollection<long> alertIds, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        ArgumentNullException.ThrowIfNull(actor);
        var ids = alertIds.Distinct().ToList();
        if (ids.Count is 0 or > MaxAcknowledgedAtOnce)
        {
            throw InvalidInputException.For("alertIds", DeskMessage.Of(AlertKeys.AlertCount, MaxAcknowledgedAtOnce));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.TeamIdsOfAsync(actor.UserId, cancellationToken);
        var found = await db.Alerts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var answers = new List<AlertAcknowledgement>(ids.Count);
        foreach (var id in ids)
        {
            answers.Add(found.TryGetValue(id, out var alert)
                ? await AcknowledgeOneAsync(db, alert, actor, teams, cancellationToken)
                : new AlertAcknowledgement(id, AcknowledgementOutcome.NotFound));
        }

        return answers;
    }

    // Each alert is saved on its own, so one refused or overtaken alert leaves the others' answers standing.
    private async Task<AlertAcknowledgement> AcknowledgeOneAsync(
        DeskDbContext db, Alert alert, Actor actor, IReadOnlyList<int> teams, CancellationToken cancellationToken)
    {
        var outcome = alert.TryAcknowledge(actor, teams, time.GetUtcNow());
        if (outcome == AcknowledgementOutcome.NotAllowed)
        {
            return new AlertAcknowledgement(alert.Id, outcome);
        }

        if (outcome == AcknowledgementOutcome.Acknowledged)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await notifier.AlertAcknowledgedAsync(AlertView.From(alert), cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone acknowledged it since it was read: theirs stands, and is what this answer reports.
                await db.Entry(alert).ReloadAsync(cancellationToken);
                outcome = AcknowledgementOutcome.AlreadyAcknowledged;
            }
        }

        return new AlertAcknowledgement(alert.Id, outcome, alert.ComplaintReference, alert.AcknowledgedBy, alert.AcknowledgedAt);
    }
}
