using ComplaintDesk.Core.Mail;
using MailKit.Net.Smtp;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>A server refusing the address or the message for good ends the tries; anything else is tried again.</summary>
public sealed class TellingWhichFailuresToRetry
{
    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, true)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, true)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, false)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, false)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, false)]
    public void A_server_answer_is_final_only_when_it_refuses_the_address_or_the_message_with_a_5xx(
        SmtpErrorCode error, SmtpStatusCode status, bool final)
    {
        var failure = Explain(new SmtpCommandException(error, status, "refused"));

        Assert.Equal(final, failure.Permanent);
        Assert.Equal((int)status, failure.SmtpStatus);
    }

    [Fact]
    public void A_lost_connection_is_tried_again()
    {
        var failure = Explain(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

        Assert.Equal((MailFailureKind.Unreachable, false), (failure.Kind, failure.Permanent));
    }

    private static MailFailure Explain(Exception exception) =>
        new SmtpTransport(Microsoft.Extensions.Options.Options.Create(new MailOptions())).Explain(exception);
}
