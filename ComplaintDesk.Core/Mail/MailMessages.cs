using MimeKit;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// An outbox message as the MIME message that leaves the desk: plain text, the reference in its subject, and the files
/// the move sent as attachments.
/// </summary>
internal static class MailMessages
{
    public static MimeMessage From(OutgoingMessage outgoing, string reference, IReadOnlyList<MailFile> files, MailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            Subject = outgoing.Subject,
            Date = now,
            // The same on every try, so a retry after a try that did reach the server can be recognised as one message.
            MessageId = $"complaintdesk-{outgoing.Id}-{outgoing.QueuedAt.ToUnixTimeSeconds()}@{Domain(options.From)}",
            Body = files.Count == 0 ? Text(outgoing) : WithFiles(Text(outgoing), files),
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(outgoing.To));
        message.Headers.Add("X-ComplaintDesk-Reference", reference);
        return message;
    }

    // The language belongs to the text, so it is a header of the part, where a mail reader looks for it.
    private static TextPart Text(OutgoingMessage outgoing)
    {
        var text = new TextPart("plain") { Text = outgoing.Body };
        text.Headers.Add(HeaderId.ContentLanguage, outgoing.Culture);
        return text;
    }

    private static Multipart WithFiles(TextPart text, IReadOnlyList<MailFile> files)
    {
        var mixed = new Multipart("mixed") { text };
        foreach (var file in files)
        {
            mixed.Add(new MimePart(ContentType.Parse(file.ContentType))
            {
                Content = new MimeContent(new MemoryStream(file.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.Name,
            });
        }

        return mixed;
    }

    private static string Domain(string from) => MailboxAddress.Parse(from).Domain;
}
