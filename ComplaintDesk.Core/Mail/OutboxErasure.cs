using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Mail;

/// <summary>The outbox's share of erasing complainants' data (ISO 10002 4.10): their messages hold their address and name.</summary>
internal static class OutboxErasure
{
    public static async Task EraseMailToAsync(this DeskDbContext db, IReadOnlyCollection<long> complaintIds, CancellationToken cancellationToken)
    {
        var messages = await db.OutgoingMessages.Where(m => complaintIds.Contains(m.ComplaintId)).ToListAsync(cancellationToken);
        messages.ForEach(m => m.ErasePersonalData());
    }
}
