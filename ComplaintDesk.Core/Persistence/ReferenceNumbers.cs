using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Persistence;

internal static class ReferenceNumbers
{
    /// <summary>Hands out the next reference of the year; call inside the transaction that saves the complaint.</summary>
    public static async Task<string> NextReferenceAsync(this DeskDbContext db, int year, CancellationToken cancellationToken)
    {
        var counter = await db.ReferenceCounters.FindAsync([year], cancellationToken);
        if (counter is null)
        {
            counter = new ReferenceCounter { Year = year };
            db.ReferenceCounters.Add(counter);
        }

        counter.LastNumber++;
        return ComplaintReference.Format(year, counter.LastNumber);
    }
}
