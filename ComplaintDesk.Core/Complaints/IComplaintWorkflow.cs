using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints;

/// <summary>Receives complaints and makes moves on them; see <see cref="ComplaintWorkflow"/>.</summary>
public interface IComplaintWorkflow
{
    Task<ComplaintDetails> ReceiveAsync(NewComplaint input, Actor actor, CancellationToken cancellationToken);

    /// <param name="expectedVersion">The version the caller last saw; null to skip the check.</param>
    Task<ComplaintDetails> ApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken);
}
