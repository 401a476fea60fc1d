using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// A file that came with a timeline event. <see cref="FileName"/> and <see cref="Url"/> are null for callers who may not
/// see personal data, and once the file is erased; <see cref="Url"/> also for a file the desk did not keep.
/// </summary>
public sealed record AttachmentResponse(long Id, string? FileName, string ContentType, long Size, AttachmentState State, string? Url)
{
    public static AttachmentResponse From(string reference, AttachmentView file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Id, file.FileName, file.ContentType, file.Size, file.State, file.MayDownload ? Of(reference, file.Id) : null);
    }

    /// <summary>Where a complaint's file is downloaded (<c>GET /api/v1/complaints/{reference}/attachments/{id}</c>).</summary>
    public static string Of(string reference, long id) => $"/api/v1/complaints/{Uri.EscapeDataString(reference)}/attachments/{id}";
}
