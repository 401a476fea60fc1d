using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>Reads complaints; see <see cref="ComplaintQueries"/>.</summary>
public interface IComplaintQueries
{
    Task<ComplaintDetails> GetAsync(string reference, Actor actor, CancellationToken cancellationToken);

    Task<Page<ComplaintSummary>> ListAsync(ComplaintSearch search, Actor actor, CancellationToken cancellationToken);
}
