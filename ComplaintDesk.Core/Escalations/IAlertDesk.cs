using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Escalations;

/// <summary>The alerts a person is among the audience of, and acknowledging them.</summary>
public interface IAlertDesk
{
    /// <summary>Open alerts, highest level and oldest first; with <paramref name="openOnly"/> false, also the latest acknowledged ones.</summary>
    Task<IReadOnlyList<AlertRow>> ListAsync(Actor actor, bool openOnly, CancellationToken cancellationToken);

    Task<int> CountOpenAsync(Actor actor, CancellationToken cancellationToken);

    Task<AlertView> AcknowledgeAsync(long alertId, Actor actor, CancellationToken cancellationToken);
}
