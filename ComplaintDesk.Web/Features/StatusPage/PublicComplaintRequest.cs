using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Web.Api;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// A complaint sent to <c>POST /api/public/complaints</c>: the complainant, what it is about, what happened, what they
/// would like, and any photos or documents.
/// </summary>
public sealed record PublicComplaintRequest(
    ComplainantRequest? Complainant, string? ProductOrService, string? Description, string? DesiredOutcome = null, IReadOnlyList<AttachmentRequest?>? Attachments = null)
{
    public PublicComplaint ToComplaint(FieldErrors unreadable) =>
        new(Complainant?.ToDetails(unreadable), ProductOrService, Description, DesiredOutcome) { Files = AttachmentRequest.Read(Attachments, unreadable) };
}
