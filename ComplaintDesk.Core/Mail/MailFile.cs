namespace ComplaintDesk.Core.Mail;

/// <summary>A file that goes with a message to the complainant.</summary>
internal sealed record MailFile(string Name, string ContentType, byte[] Content);
