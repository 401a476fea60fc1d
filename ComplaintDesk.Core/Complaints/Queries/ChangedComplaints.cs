using System.Collections.Concurrent;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// Every open screen hears each change at about the same moment; the first to ask reads the row and
/// the others share that read. The row is read with the complainant's name and shaped per person, so
/// one read serves every role.
/// </summary>
public sealed class ChangedComplaints(IDbContextFactory<DeskDbContext> dbFactory, ISlaSettings sla, TimeProvider time) : IChangedComplaints
{
    // Enough for every change of a busy minute; older versions are never asked for again.
    private const int Remembered = 256;

    private readonly ConcurrentDictionary<(string Reference, int Version), Lazy<Task<ComplaintSummary?>>> _reads = new();
    private readonly ConcurrentQueue<(string Reference, int Version)> _order = new();

    public async Task<ComplaintSummary?> ReadAsync(ComplaintChange change, Actor actor, CancellationToken cancellationToken)
    {
        var key = (change.Reference, change.Version);
        var added = false;
        var read = _reads.GetOrAdd(key, k =>
        {
            added = true;
            return new Lazy<Task<ComplaintSummary?>>(() => ReadOnceAsync(k.Reference));
        });
        if (added)
        {
            _order.Enqueue(key);
            Forget();
        }

        ComplaintSummary? row;
        try
        {
            row = await read.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is not shared: the next screen to ask reads again.
            _reads.TryRemove(new KeyValuePair<(string, int), Lazy<Task<ComplaintSummary?>>>(key, read));
            throw;
        }

        return row is null || actor.MaySeePersonalData ? row : row with { ComplainantName = null };
    }

    private async Task<ComplaintSummary?> ReadOnceAsync(string reference)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var row = await db.Complaints.AsNoTracking()
            .Where(c => c.Reference == reference)
            .Select(SummaryProjection.For(db, showName: true))
            .SingleOrDefaultAsync(CancellationToken.None);
        return row is null ? null : (await RowClocks.AttachAsync(db, [row], sla, time.GetUtcNow(), CancellationToken.None))[0];
    }

    private void Forget()
    {
        while (_order.Count > Remembered && _order.TryDequeue(out var oldest))
        {
            _reads.TryRemove(oldest, out _);
        }
    }
}
