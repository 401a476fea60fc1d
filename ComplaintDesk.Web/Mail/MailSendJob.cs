using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Web.Mail;

/// <summary>Sends what the outbox holds that is due: right after a move queues a message, and every minute for retries.</summary>
public sealed class MailSendJob(MailOutbox outbox)
{
    public const string Id = "mail-outbox";

    // Each message keeps its own tries and waits; a failed run of the job itself would only send them twice.
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => outbox.SendDueAsync(cancellationToken);
}
