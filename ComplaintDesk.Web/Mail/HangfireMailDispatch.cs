using ComplaintDesk.Core.Mail;
using Hangfire;

namespace ComplaintDesk.Web.Mail;

/// <summary>The outbox's trigger as a Hangfire job.</summary>
public sealed class HangfireMailDispatch(IBackgroundJobClient jobs) : IMailDispatch
{
    public void SendNow() => jobs.Enqueue<MailSendJob>(job => job.RunAsync(CancellationToken.None));
}
