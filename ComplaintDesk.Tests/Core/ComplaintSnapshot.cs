using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>What a refused move must leave as it was.</summary>
internal sealed record ComplaintSnapshot(
    ComplaintStatus Status, int Version, int TimelineCount, int EscalationLevel, string? AssigneeEmail)
{
    public static ComplaintSnapshot Of(Complaint complaint) => new(
        complaint.Status, complaint.Version, complaint.Timeline.Count, complaint.EscalationLevel, complaint.AssigneeEmail);
}
