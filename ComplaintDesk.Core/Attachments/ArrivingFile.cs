namespace ComplaintDesk.Core.Attachments;

/// <summary>A file as it arrives with a complainant's message, before the desk decides whether to keep it (<see cref="AttachmentOptions.Admit"/>).</summary>
/// <param name="FileName">The name the sender gave it, if any.</param>
/// <param name="ContentType">The media type the sender declared, if any.</param>
public sealed record ArrivingFile(string? FileName, string? ContentType, byte[] Content);
