using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Sla;

/// <summary>
/// What is due or overdue, read through the index on the stored next deadline: never a scan of
/// the whole table, however many complaints there are.
/// </summary>
public sealed class DueClocks(IDbContextFactory<DeskDbContext> dbFactory)
{
    /// <summary>The running clocks due by <paramref name="until"/>, earliest first.</summary>
    public async Task<IReadOnlyList<DueClock>> DueByAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Query(db, until, limit).ToListAsync(cancellationToken);
    }

    internal static IQueryable<DueClock> Query(DeskDbContext db, DateTimeOffset until, int limit) =>
        db.Complaints.AsNoTracking()
            .Where(c => c.NextDueAt != null && c.NextDueAt <= until)
            .OrderBy(c => c.NextDueAt)
            .Take(limit)
            .Select(c => new DueClock(c.Reference, c.NextDueKind!.Value, c.NextDueAt!.Value, c.NextWarningAt!.Value, c.AssigneeEmail));
}
