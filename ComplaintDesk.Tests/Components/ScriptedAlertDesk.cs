using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Holds the alerts a test set up, in the order Core would list them, and acknowledges them as Core
/// would (or refuses as the test says); remembers who asked for what.
/// </summary>
public sealed class ScriptedAlertDesk(TimeProvider time) : IAlertDesk
{
    private readonly List<AlertRow> _rows = [];
    private readonly List<(long AlertId, Actor Actor)> _acknowledged = [];
    private readonly List<bool> _listed = [];

    public DeskException? Refusal { get; set; }

    /// <summary>Each list request's openOnly flag, oldest first.</summary>
    public IReadOnlyList<bool> Listed => _listed;

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

    public Task<int> CountOpenAsync(Actor actor, CancellationToken cancellationToken)
    {
        Counts++;
        return Task.FromResult(_rows.Count(r => r.Alert.AcknowledgedAt is null));
    }

    public Task<AlertView> AcknowledgeAsync(long alertId, Actor actor, CancellationToken cancellationToken)
    {
        _acknowledged.Add((alertId, actor));
        if (Refusal is not null)
        {
            return Task.FromException<AlertView>(Refusal);
        }

        var index = _rows.FindIndex(r => r.Alert.Id == alertId);
        var acknowledged = _rows[index].Alert with { AcknowledgedAt = time.GetUtcNow(), AcknowledgedBy = actor.Email };
        _rows[index] = _rows[index] with { Alert = acknowledged };
        return Task.FromResult(acknowledged);
    }
}
