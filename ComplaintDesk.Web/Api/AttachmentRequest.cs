using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Web.Api;

/// <summary>A file sent inside a JSON body: <c>{ fileName, contentType, content }</c>, <c>content</c> in base64.</summary>
public sealed record AttachmentRequest(string? FileName, string? ContentType, byte[]? Content)
{
    /// <summary>The files as they arrive, for the desk to decide which it keeps; one sent without content is a field error.</summary>
    public static IReadOnlyList<ArrivingFile> Read(IReadOnlyList<AttachmentRequest?>? files, FieldErrors unreadable)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        if (files is null)
        {
            return [];
        }

        if (files.Any(file => file?.Content is null))
        {
            unreadable.Add("attachments", DeskMessage.Of(FieldKeys.FileContentMissing));
        }

        return [.. files.OfType<AttachmentRequest>().Where(file => file.Content is not null).Select(file => new ArrivingFile(file.FileName, file.ContentType, file.Content!))];
    }
}
