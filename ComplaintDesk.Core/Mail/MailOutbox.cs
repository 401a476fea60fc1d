using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// Sends the outbox's due messages, each claimed first so that two nodes sweeping at once never send one twice. Runs
/// when a move queues a message and every minute, which is what brings a retry round once its wait is over. A failed try
/// is recorded on its message and never touches the complaint.
/// </summary>
public sealed partial class MailOutbox(
    IDbContextFactory<DeskDbContext> dbFactory,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<MailOutbox> logger)
{
    // Longer than any one try can take (the SMTP timeout is 30 s per step); a node that dies mid-try frees it after this.
    private static readonly TimeSpan _claim = TimeSpan.FromMinutes(5);
    private const int Batch = 50;

    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        int sent;
        do
        {
            sent = 0;
            foreach (var id in await DueAsync(cancellationToken))
            {
                if (await TryClaimAsync(id, cancellationToken))
                {
                    await SendAsync(id, cancellationToken);
                    sent++;
                }
            }
        }
        while (sent == Batch);
    }

    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutgoingMessages
            .Where(m => m.State == MessageState.Queued && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutgoingMessages
            .Where(m => m.Id == id && m.State == MessageState.Queued && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, now + _claim), cancellationToken);
        return claimed == 1;
    }

    private async Task SendAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var message = await db.OutgoingMessages.SingleAsync(m => m.Id == id, cancellationToken);
        var reference = await db.Complaints.Where(c => c.Id == message.ComplaintId).Select(c => c.Reference).SingleAsync(cancellationToken);
        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.EventId == message.EventId && a.State == AttachmentState.Kept)
            .OrderBy(a => a.Id)
            .Select(a => new MailFile(a.FileName!, a.ContentType, a.Content!))
            .ToListAsync(cancellationToken);
        try
        {
            await transport.SendAsync(MailMessages.From(message, reference, files, options.Value, time.GetUtcNow()), cancellationToken);
            message.MarkSent(time.GetUtcNow());
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            var why = transport.Explain(failure);
            message.MarkFailed(time.GetUtcNow(), why);
            // The exception's own text may repeat the address; the reference and the kind say enough to find it.
            LogFailed(id, reference, message.Attempts, why.Kind, why.SmtpStatus, failure.GetType().Name);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} about {Reference} failed on try {Attempt}: {Failure} {SmtpStatus} ({Exception})")]
    private partial void LogFailed(long messageId, string reference, int attempt, MailFailureKind failure, int? smtpStatus, string exception);
}
