using MimeKit;

namespace ComplaintDesk.Core.Mail;

/// <summary>Hands a message on: to an SMTP server or to a pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Throws when the message could not be handed on; <see cref="Explain"/> reads why.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    MailFailure Explain(Exception failure);
}
