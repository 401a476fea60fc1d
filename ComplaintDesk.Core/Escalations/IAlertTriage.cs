using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Escalations;

/// <summary>The alerts a person is in the audience of, grouped by complaint for triage, and acknowledged in bulk.</summary>
public interface IAlertTriage
{
    /// <summary>A page of groups, highest current level first, then the oldest open alert; fully acknowledged groups last, latest first.</summary>
    Task<AlertGroupPage> ListGroupsAsync(AlertTriageFilter filter, Actor actor, CancellationToken cancellationToken);

    /// <summary>Acknowledges each alert the person may and nobody has yet; answers for every id, in order. A refused one writes nothing.</summary>
    Task<IReadOnlyList<AlertAcknowledgement>> AcknowledgeAllAsync(IReadOnlyCollection<long> alertIds, Actor actor, CancellationToken cancellationToken);
}
