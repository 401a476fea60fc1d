using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Holds the alerts a test set up, in the order Core would list them, groups them by complaint in that order,
/// and acknowledges them as Core would (or refuses as the test says); remembers who asked for what.
/// </summary>
public sealed class ScriptedAlertDesk(TimeProvider time) : IAlertDesk, IAlertTriage
{
    private readonly List<AlertRow> _rows = [];
    private readonly List<(long AlertId, Actor Actor)> _acknowledged = [];
    private readonly List<bool> _listed = [];
    private readonly List<AlertTriageFilter> _filters = [];

    public DeskException? Refusal { get; set; }

    /// <summary>Alerts a bulk acknowledgement answers for without acknowledging them.</summary>
    public Dictionary<long, AlertAcknowledgement> Refused { get; } = [];

    /// <summary>How often each complaint's alerts reminded, and when last.</summary>
    public Dictionary<string, (int Count, DateTimeOffset Last)> Reminded { get; } = [];

    /// <summary>Each list request's openOnly flag, oldest first (group requests too).</summary>
    public IReadOnlyList<bool> Listed => _listed;

    /// <summary>Each group request's filter, oldest first.</summary>
    public IReadOnlyList<AlertTriageFilter> Filters => _filters;

    public int Counts { get; private set; }

    public IReadOnlyList<(long AlertId, Actor Actor)> Acknowledged => _acknowledged;

    /// <summary>Replaces what the desk holds, as if the database had changed.</summary>
    public void Holds(params AlertRow[] rows)
    {
        _rows.Clear();
        _rows.AddRange(rows);
    }

    public Task<IReadOnlyList<AlertRow>> ListAsync(Actor actor, bool openOnly, CancellationToken cancellationToken)
    {
        _listed.Add(openOnly);
        IReadOnlyList<AlertRow> rows = [.. _rows.Where(r => !openOnly || r.Alert.AcknowledgedAt is null)];
        return Task.FromResult(rows);
    }

    public Task<AlertGroupPage> ListGroupsAsync(AlertTriageFilter filter, Actor actor, CancellationToken cancellationToken)
    {
        _listed.Add(!filter.IncludeAcknowledged);
        _filters.Add(filter);
        var groups = _rows.Where(r => filter.IncludeAcknowledged || r.Alert.AcknowledgedAt is null)
            .GroupBy(r => r.Alert.ComplaintReference)
            .Select(Fold)
            .ToList();
        var open = groups.Where(g => g.OpenAlerts > 0).ToList();
        var summary = new AlertTriageSummary(
            [.. open.GroupBy(g => g.Level).OrderByDescending(l => l.Key).Select(l => new LevelTally(l.Key, l.Count()))],
            open.Min(g => g.OldestOpenRaisedAt));
        return Task.FromResult(new AlertGroupPage(
            [.. groups.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)], groups.Count, summary));
    }

    public Task<int> CountOpenAsync(Actor actor, CancellationToken cancellationToken)
    {
        Counts++;
        return Task.FromResult(_rows.Count(r => r.Alert.AcknowledgedAt is null));
    }

    public Task<AlertView> AcknowledgeAsync(long alertId, Actor actor, CancellationToken cancellationToken)
    {
        _acknowledged.Add((alertId, actor));
        return Refusal is not null ? Task.FromException<AlertView>(Refusal) : Task.FromResult(Acknowledge(alertId, actor));
    }

    public Task<IReadOnlyList<AlertAcknowledgement>> AcknowledgeAllAsync(IReadOnlyCollection<long> alertIds, Actor actor, CancellationToken cancellationToken)
    {
        IReadOnlyList<AlertAcknowledgement> answers = [.. alertIds.Select(id =>
        {
            _acknowledged.Add((id, actor));
            if (Refused.TryGetValue(id, out var refused))
            {
                return refused;
            }

            var done = Acknowledge(id, actor);
            return new AlertAcknowledgement(id, AcknowledgementOutcome.Acknowledged, done.ComplaintReference, done.AcknowledgedBy, done.AcknowledgedAt);
        })];
        return Task.FromResult(answers);
    }

    private AlertView Acknowledge(long alertId, Actor actor)
    {
        var index = _rows.FindIndex(r => r.Alert.Id == alertId);
        var acknowledged = _rows[index].Alert with { AcknowledgedAt = time.GetUtcNow(), AcknowledgedBy = actor.Email };
        _rows[index] = _rows[index] with { Alert = acknowledged };
        return acknowledged;
    }

    private AlertGroup Fold(IGrouping<string, AlertRow> rows)
    {
        var alerts = rows.Select(r => r.Alert).ToList();
        var open = alerts.Where(a => a.AcknowledgedAt is null).ToList();
        var first = rows.First();
        var (reminders, lastReminded) = Reminded.TryGetValue(rows.Key, out var r) ? (r.Count, (DateTimeOffset?)r.Last) : (0, null);
        return new AlertGroup(
            rows.Key, open.Count > 0 ? open.Max(a => a.Level) : alerts.Max(a => a.Level), open.Count, open.Count > 0 ? open.Min(a => a.RaisedAt) : null,
            [.. alerts.Select(a => a.Trigger).Distinct()], reminders, lastReminded, first.Status, first.Priority, first.Assignee, first.SubjectStaffEmail, alerts);
    }
}
