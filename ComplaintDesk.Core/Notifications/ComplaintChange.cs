using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Notifications;

/// <summary>What others need to know when a complaint changed: enough to update a queue row in place.</summary>
public sealed record ComplaintChange(
    string Reference,
    ComplaintStatus Status,
    Priority Priority,
    string? Assignee,
    int EscalationLevel,
    int Version,
    ComplaintMove LastMove)
{
    public static ComplaintChange Of(Complaint complaint, ComplaintMove lastMove) => new(
        complaint.Reference, complaint.Status, complaint.Priority, complaint.AssigneeEmail,
        complaint.EscalationLevel, complaint.Version, lastMove);
}
