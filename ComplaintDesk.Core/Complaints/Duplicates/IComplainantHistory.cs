using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>The complainant's other complaints; see <see cref="ComplainantHistory"/>.</summary>
public interface IComplainantHistory
{
    Task<IReadOnlyList<ComplainantHistoryEntry>> OfComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken);
}
