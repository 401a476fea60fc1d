using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

internal static class ReferenceNumbers
{
    /// <summary>Hands out the next reference of the year; call inside the transaction that saves the complaint.</summary>
    /// <remarks>
    /// The counter is raised in the database first, which locks its row (PostgreSQL) or the file (SQLite) until the
    /// transaction ends, so two complaints received at once never read the same last number.
    /// </remarks>
    public static async Task<string> NextReferenceAsync(this DeskDbContext db, int year, CancellationToken cancellationToken)
    {
        var raised = await db.ReferenceCounters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
        if (raised == 0)
        {
            db.ReferenceCounters.Add(new ReferenceCounter { Year = year, LastNumber = 1 });
            return ComplaintReference.Format(year, 1);
        }

        var number = await db.ReferenceCounters.Where(c => c.Year == year).Select(c => c.LastNumber).SingleAsync(cancellationToken);
        return ComplaintReference.Format(year, number);
    }
}
