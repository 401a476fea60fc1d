using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Web.Features.Alerts;

/// <summary>The queue's assign dialog takes a queue row; an alert's complaint is read in full, so it is given as one.</summary>
public static class AssignableComplaint
{
    public static ComplaintSummary From(ComplaintDetails complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ComplaintSummary(
            complaint.Reference, complaint.Status, complaint.Priority, complaint.Category, complaint.Intake.Channel, complaint.Intake.ReceivedAt,
            complaint.Intake.ProductOrService, complaint.Assignment.Assignee, complaint.Assignment.FirstHandler, complaint.Assignment.SubjectStaffEmail,
            complaint.Assignment.EscalationLevel, complaint.Assignment.BarredFromDeciding, complaint.Version,
            complaint.Complainant?.Name);
    }
}
