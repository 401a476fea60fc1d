namespace ComplaintDesk.Core.Attachments;

/// <summary>A kept file, handed to a person who may take it.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
