using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Attachments;

/// <summary>Hands out the files complainants sent, to the people who may take them, and records each time.</summary>
public interface IAttachmentFiles
{
    /// <summary>
    /// The file <paramref name="id"/> of complaint <paramref name="reference"/>, recorded as a download of the
    /// complainant's personal data. Refused to roles that do not see personal data; not found once erased or never kept.
    /// </summary>
    Task<AttachmentFile> OpenAsync(string reference, long id, Actor actor, CancellationToken cancellationToken);
}
