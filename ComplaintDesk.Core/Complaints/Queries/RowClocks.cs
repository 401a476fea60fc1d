using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>Each row's next clock, read as the complaint page reads it, so a list and the page say the same.</summary>
internal static class RowClocks
{
    public static async Task<IReadOnlyList<ComplaintSummary>> AttachAsync(
        DeskDbContext db, IReadOnlyList<ComplaintSummary> rows, ISlaSettings sla, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var references = rows.Select(r => r.Reference).ToList();
        var complaints = await db.Complaints.AsNoTracking().AsSplitQuery()
            .Where(c => references.Contains(c.Reference))
            .ToDictionaryAsync(c => c.Reference, cancellationToken);
        return rows
            .Select(r => r with { NextDue = r.NextDue! with { Clock = NextDue.FirstOf(complaints[r.Reference].ClocksAt(sla, now)) } })
            .ToList();
    }
}
