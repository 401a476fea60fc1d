using ComplaintDesk.Core.Attachments;
using Microsoft.Net.Http.Headers;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// How the browser is to take a complainant's file. A picture opens in place, so a handler sees the photo of the
/// broken kettle at once; anything else, which could be a page with scripts of its own, is only ever saved.
/// </summary>
public static class AttachmentDisposition
{
    private static readonly HashSet<string> _shownInPlace = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public static string Of(AttachmentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var disposition = new ContentDispositionHeaderValue(_shownInPlace.Contains(file.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        return disposition.ToString();
    }
}
