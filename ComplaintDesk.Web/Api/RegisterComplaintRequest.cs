using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The body of <c>POST /api/v1/complaints</c>: choices arrive as names, the time received as ISO 8601 text and files in
/// base64, and are read here, at the edge.
/// </summary>
public sealed record RegisterComplaintRequest(
    string? Channel,
    string? ReceivedAt,
    ComplainantRequest? Complainant,
    string? ProductOrService,
    string? Category,
    string? Description,
    string? DesiredOutcome = null,
    string? Priority = null,
    string? SubjectStaffEmail = null,
    IReadOnlyList<AttachmentRequest?>? Attachments = null)
{
    /// <summary>Core's input; what could not be read travels with it, so Core refuses it with every other bad field at once.</summary>
    public NewComplaint ToNewComplaint(AttachmentOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var unreadable = new FieldErrors();
        var channel = unreadable.Parse<Channel>("channel", Channel);
        var priority = unreadable.Parse<Priority>("priority", Priority);
        var receivedAt = unreadable.ParseInstant("receivedAt", ReceivedAt);
        var complainant = Complainant?.ToDetails(unreadable);
        var files = AttachmentRequest.Read(Attachments, unreadable);
        var complaint = new NewComplaint(
            channel, receivedAt, complainant, ProductOrService, Category, Description, DesiredOutcome, priority, SubjectStaffEmail)
        {
            Attachments = limits.Admit(files),
        };
        return unreadable.Any ? complaint with { Unreadable = unreadable.ToDictionary() } : complaint;
    }
}
