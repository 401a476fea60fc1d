using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>Acts on several complaints at once, each in its own unit of work, with an outcome per complaint.</summary>
public interface IBulkMoves
{
    /// <summary>Makes the move on each complaint as it was shown: a complaint changed since is refused as stale, not overwritten.</summary>
    Task<IReadOnlyList<BulkOutcome>> ApplyToEachAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, BulkCommand command, CancellationToken cancellationToken);

    /// <summary>Acknowledges the person's open alerts on each complaint.</summary>
    Task<IReadOnlyList<BulkOutcome>> AcknowledgeAlertsAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, CancellationToken cancellationToken);
}
