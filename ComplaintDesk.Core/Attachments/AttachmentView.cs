namespace ComplaintDesk.Core.Attachments;

/// <summary>A file on a complaint's timeline as one reader may see it.</summary>
/// <param name="FileName">Null for a reader who may not see personal data, and once erased.</param>
/// <param name="MayDownload">Whether this reader may take the file: it is kept and they see personal data.</param>
public sealed record AttachmentView(long Id, string? FileName, string ContentType, long Size, AttachmentState State, bool MayDownload);
