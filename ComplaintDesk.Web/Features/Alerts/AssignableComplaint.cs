using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Web.Features.Alerts;

/// <summary>The queue's assign dialog takes a queue row; an alert's complaint is read in full, so it is given as one.</summary>
public static class AssignableComplaint
{
    public static ComplaintSummary From(ComplaintDetails complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ComplaintSummary(
            complaint.Reference, complaint.Status, complaint.Priority, complaint.Category, complaint.Channel, complaint.ReceivedAt,
            complaint.ProductOrService, complaint.Assignee, complaint.FirstHandler, complaint.SubjectStaffEmail, complaint.EscalationLevel, complaint.BarredFromDeciding, complaint.Version,
            complaint.Complainant?.Name);
    }
}
