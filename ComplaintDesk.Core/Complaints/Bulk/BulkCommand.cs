using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>A move to make on each of several complaints, written for each as the person would make it on its own.</summary>
public abstract record BulkCommand
{
    internal abstract ComplaintCommand For(ComplaintSummary shown);
}
