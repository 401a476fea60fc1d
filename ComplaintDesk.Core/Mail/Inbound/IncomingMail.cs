using System.Security.Cryptography;
using ComplaintDesk.Core.Common;
using MimeKit;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// What the desk reads from an incoming message: the key that makes it one message, who wrote, the subject, their words
/// as text (the text part, or the HTML part without its markup), and whether a machine wrote it (RFC 3834).
/// </summary>
public sealed record IncomingMail(string Key, string? SenderName, string? SenderAddress, string? Subject, string? Text, bool IsAutomatic)
{
    public static IncomingMail Read(MimeMessage message)
    {
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return new(KeyOf(message), Clean(sender?.Name), Clean(sender?.Address), Clean(message.Subject), Clean(TextOf(message)), Automatic(message));
    }

    /// <summary>The words to take: the text, or the subject of a message that has none.</summary>
    public string? Words => Text ?? Subject;

    /// <summary>The words to take from a reply: its own, without the message it quotes (<see cref="ReplyText"/>).</summary>
    public string? ReplyWords => ReplyText.NewWords(Text) ?? Subject;

    // A message without a usable Message-Id is known by its content, which is the same each time it is read.
    private static string KeyOf(MimeMessage message)
    {
        if (Clean(message.MessageId) is { Length: <= ProcessedMessage.KeyLength } id)
        {
            return id;
        }

        using var content = new MemoryStream();
        message.WriteTo(content);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content.ToArray()));
    }

    private static string? TextOf(MimeMessage message) =>
        message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.Of(html) : null);

    private static bool Automatic(MimeMessage message) =>
        message.Headers["Auto-Submitted"] is { } submitted && !submitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TextSafety.Strip(text.ReplaceLineEndings("\n")).Trim() is { Length: > 0 } clean ? clean : null;
}
