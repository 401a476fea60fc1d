using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>Assigns each complaint to the same person, by the rules of a single assignment.</summary>
public sealed record BulkAssign(string AssigneeEmail) : BulkCommand
{
    internal override ComplaintCommand For(ComplaintSummary shown) => new AssignCommand(AssigneeEmail);
}
