using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>What the complainant adds to their complaint: <c>{ text, attachments }</c>, files as in API v1.</summary>
public sealed record InformationRequest(string? Text, IReadOnlyList<AttachmentRequest?>? Attachments = null)
{
    /// <summary>The files sent; one without content refuses the request before anything is written.</summary>
    public IReadOnlyList<ArrivingFile> Files()
    {
        var unreadable = new FieldErrors();
        var files = AttachmentRequest.Read(Attachments, unreadable);
        unreadable.ThrowIfAny();
        return files;
    }
}
