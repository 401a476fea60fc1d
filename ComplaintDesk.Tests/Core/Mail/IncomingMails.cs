using MimeKit;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>Messages as a complainant's mail program writes them, and the <c>.eml</c> files a mail server drops.</summary>
internal static class IncomingMails
{
    public const string Sender = "Deniz Arslan";
    public const string Address = "deniz.arslan@example.com";

    public static MimeMessage Message(string subject, string text, string? messageId = null, string? html = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("example.com") };
        message.From.Add(new MailboxAddress(Sender, Address));
        message.To.Add(MailboxAddress.Parse("complaints@complaintdesk.invalid"));
        message.Body = html is null ? new TextPart("plain") { Text = text } : new TextPart("html") { Text = html };
        return message;
    }

    /// <summary>Writes <paramref name="message"/> as the server would: under another name first, renamed when complete.</summary>
    public static async Task<string> DropAsync(string folder, MimeMessage message, string? name = null)
    {
        Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, name ?? $"{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(final + ".partial");
        File.Move(final + ".partial", final);
        return final;
    }

    public static string[] FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
}
