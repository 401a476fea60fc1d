using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Escalations;

/// <summary>The triage's reading of the database: which alerts a filter keeps, and their complaints as groups in order of urgency.</summary>
internal static class AlertGroupQuery
{
    public static IQueryable<Alert> Matching(DeskDbContext db, AlertTriageFilter filter, Actor actor, IReadOnlyList<int> teams, DateTimeOffset now)
    {
        var alerts = db.VisibleTo(actor, teams).AsNoTracking();
        if (!filter.IncludeAcknowledged)
        {
            alerts = alerts.Where(a => a.AcknowledgedAt == null);
        }

        if (filter.MinLevel is { } level)
        {
            alerts = alerts.Where(a => a.Level >= level);
        }

        if (filter.Kind is { } kind)
        {
            alerts = alerts.Where(a => a.Trigger == kind);
        }

        if (filter.OlderThan is { } age)
        {
            var raisedBy = now - age;
            alerts = alerts.Where(a => a.RaisedAt <= raisedBy);
        }

        var email = actor.Email;
        return filter.Scope switch
        {
            AlertScope.Mine => alerts.Where(a => db.Complaints.Any(c => c.Id == a.ComplaintId && c.AssigneeEmail == email)),
            AlertScope.MyTeams => alerts.Where(a => db.Complaints.Any(c => c.Id == a.ComplaintId && c.TeamId != null && teams.Contains(c.TeamId.Value))),
            _ => alerts,
        };
    }

    /// <summary>One row per complaint: its highest open level and oldest open alert (none once all are acknowledged), and its latest acknowledgement.</summary>
    public static IQueryable<AlertGroupKey> Groups(IQueryable<Alert> alerts) =>
        alerts.GroupBy(a => a.ComplaintId).Select(g => new AlertGroupKey
        {
            ComplaintId = g.Key,
            OpenLevel = g.Where(a => a.AcknowledgedAt == null).Max(a => (int?)a.Level),
            OldestOpenRaisedAt = g.Where(a => a.AcknowledgedAt == null).Min(a => (DateTimeOffset?)a.RaisedAt),
            LastAcknowledgedAt = g.Max(a => a.AcknowledgedAt),
        });

    /// <summary>Most urgent first: open before done, highest level, oldest waiting; done ones latest first.</summary>
    public static IQueryable<AlertGroupKey> ByUrgency(this IQueryable<AlertGroupKey> groups) =>
        groups.OrderBy(g => g.OpenLevel == null)
            .ThenByDescending(g => g.OpenLevel)
            .ThenBy(g => g.OldestOpenRaisedAt)
            .ThenByDescending(g => g.LastAcknowledgedAt)
            .ThenBy(g => g.ComplaintId);

    public static async Task<AlertTriageSummary> SummaryAsync(IQueryable<AlertGroupKey> groups, CancellationToken cancellationToken)
    {
        var open = await groups.Where(g => g.OpenLevel != null)
            .GroupBy(g => g.OpenLevel!.Value)
            .Select(l => new { Level = l.Key, Complaints = l.Count(), Oldest = l.Min(g => g.OldestOpenRaisedAt) })
            .ToListAsync(cancellationToken);
        return new AlertTriageSummary(
            [.. open.OrderByDescending(l => l.Level).Select(l => new LevelTally(l.Level, l.Complaints))],
            open.Min(l => l.Oldest));
    }
}
