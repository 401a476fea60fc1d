using System.Security.Cryptography;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using MimeKit;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// What the desk reads from an incoming message: the key that makes it one message, who wrote, the subject, their words
/// as text (the text part, or the HTML part without its markup), the files attached to it, and whether a machine
/// wrote it (RFC 3834).
/// </summary>
public sealed record IncomingMail(
    string Key, string? SenderName, string? SenderAddress, string? Subject, string? Text, IReadOnlyList<ArrivingFile> Files, bool IsAutomatic)
{
    public static IncomingMail Read(MimeMessage message)
    {
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return new(KeyOf(message), Clean(sender?.Name), Clean(sender?.Address), Clean(message.Subject), Clean(TextOf(message)), FilesOf(message), Automatic(message));
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

    // Attachments only: pictures shown inside the text (a signature's logo) are part of how it looks, not what was sent.
    private static List<ArrivingFile> FilesOf(MimeMessage message) =>
        [.. message.Attachments.Select(attachment => attachment switch
        {
            MimePart part => new ArrivingFile(part.FileName, part.ContentType.MimeType, Decoded(part)),
            MessagePart forwarded => new ArrivingFile(forwarded.ContentDisposition?.FileName ?? $"{forwarded.Message?.Subject ?? "message"}.eml", "message/rfc822", Written(forwarded)),
            _ => null,
        }).OfType<ArrivingFile>()];

    private static byte[] Decoded(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return content.ToArray();
    }

    private static byte[] Written(MessagePart forwarded)
    {
        using var content = new MemoryStream();
        forwarded.Message?.WriteTo(content);
        return content.ToArray();
    }

    private static bool Automatic(MimeMessage message) =>
        message.Headers["Auto-Submitted"] is { } submitted && !submitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TextSafety.Strip(text.ReplaceLineEndings("\n")).Trim() is { Length: > 0 } clean ? clean : null;
}
