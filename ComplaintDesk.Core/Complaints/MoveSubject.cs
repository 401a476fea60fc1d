using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Core.Complaints;

/// <summary>What a move's decision reads of a complaint, from the aggregate or from any of its views.</summary>
public sealed record MoveSubject(ComplaintStatus Status, string? Assignee, string? SubjectStaffEmail, IReadOnlyCollection<string> BarredFromDeciding)
{
    public static MoveSubject Of(Complaint complaint) =>
        new(complaint.Status, complaint.AssigneeEmail, complaint.SubjectStaffEmail, complaint.BarredFromDeciding);

    public static MoveSubject Of(ComplaintDetails complaint) =>
        new(complaint.Status, complaint.Assignment.Assignee, complaint.Assignment.SubjectStaffEmail, complaint.Assignment.BarredFromDeciding);

    public static MoveSubject Of(ComplaintSummary complaint) =>
        new(complaint.Status, complaint.Assignee, complaint.SubjectStaffEmail, complaint.BarredFromDeciding);

    /// <summary>An alert row offers only reassignment, which no bar on deciding concerns.</summary>
    public static MoveSubject Of(AlertGroup complaint) =>
        new(complaint.Status, complaint.Assignee, complaint.SubjectStaffEmail, []);
}
