using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Sla;

/// <summary>Under new settings, the running clocks of open complaints are settled again; stopped clocks keep their figures.</summary>
internal static class OpenClocks
{
    private const int Batch = 500;
    private static readonly ComplaintStatus[] _finished = [ComplaintStatus.Closed, ComplaintStatus.Withdrawn];

    /// <summary>Saves in the caller's unit of work, a batch at a time; returns the complaints whose clocks moved.</summary>
    public static async Task<List<ResettledComplaint>> ResettleAsync(
        DeskDbContext db, ISlaSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = new List<ResettledComplaint>();
        for (long after = 0; ;)
        {
            var batch = await db.Complaints
                .Include(c => c.Category)
                .Where(c => !_finished.Contains(c.Status) && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return moved;
            }

            foreach (var complaint in batch.Where(c => c.ResettleClocks(settings, now)))
            {
                var lastMove = await db.TimelineEvents.Where(e => e.ComplaintId == complaint.Id)
                    .OrderByDescending(e => e.Id).Select(e => e.Move).FirstAsync(cancellationToken);
                moved.Add(new ResettledComplaint(complaint.Id, complaint.NextAlarmAt, ComplaintChange.Of(complaint, lastMove)));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}
