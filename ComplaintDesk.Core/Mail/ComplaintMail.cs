using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Mail;

internal sealed class ComplaintMail(IDbContextFactory<DeskDbContext> dbFactory) : IComplaintMail
{
    public async Task<IReadOnlyList<SentMessageView>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutgoingMessages.AsNoTracking()
            .Where(m => db.Complaints.Any(c => c.Id == m.ComplaintId && c.Reference == reference))
            .OrderBy(m => m.QueuedAt).ThenBy(m => m.Id)
            .Select(m => new SentMessageView(m.Kind, m.State, m.QueuedAt, m.Attempts, m.SentAt, m.NextAttemptAt, m.LastFailure, m.LastSmtpStatus))
            .ToListAsync(cancellationToken);
    }
}
