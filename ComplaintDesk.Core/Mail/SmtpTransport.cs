using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintDesk.Core.Mail;

/// <summary>Sends each message through the SMTP server of <see cref="MailOptions.Smtp"/>, one connection per message.</summary>
internal sealed class SmtpTransport(IOptions<MailOptions> options) : IMailTransport
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)_timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public MailFailure Explain(Exception failure) => failure switch
    {
        // A 5xx refusing a recipient or the message is final; any other command error may pass.
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } refused
            when (int)refused.StatusCode >= 500 => new(MailFailureKind.Refused, (int)refused.StatusCode),
        SmtpCommandException command => new(MailFailureKind.ServerError, (int)command.StatusCode),
        AuthenticationException => new(MailFailureKind.SignInRefused),
        SslHandshakeException or NotSupportedException => new(MailFailureKind.Tls),
        TimeoutException or OperationCanceledException => new(MailFailureKind.Timeout),
        _ => new(MailFailureKind.Unreachable),
    };

    // Port 465 speaks TLS from the first byte; every other port starts plain and must upgrade when TLS is asked for.
    private static SecureSocketOptions Security(SmtpOptions smtp) => smtp.UseTls
        ? smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
        : SecureSocketOptions.None;
}
