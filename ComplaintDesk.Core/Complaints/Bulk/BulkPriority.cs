using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>
/// Gives each complaint the same priority the way the complaint page does: assessing it again with the
/// category it was shown with (the version check refuses it if that changed meanwhile).
/// </summary>
public sealed record BulkPriority(Priority Priority) : BulkCommand
{
    internal override ComplaintCommand For(ComplaintSummary shown) => new AssessCommand(Priority, shown.Category);
}
