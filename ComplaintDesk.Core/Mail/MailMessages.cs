using MimeKit;

namespace ComplaintDesk.Core.Mail;

/// <summary>An outbox message as the MIME message that leaves the desk: plain text, the reference in its subject.</summary>
internal static class MailMessages
{
    public static MimeMessage From(OutgoingMessage outgoing, string reference, MailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            Subject = outgoing.Subject,
            Date = now,
            // The same on every try, so a retry after a try that did reach the server can be recognised as one message.
            MessageId = $"complaintdesk-{outgoing.Id}-{outgoing.QueuedAt.ToUnixTimeSeconds()}@{Domain(options.From)}",
            Body = Text(outgoing),
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

    private static string Domain(string from) => MailboxAddress.Parse(from).Domain;
}
