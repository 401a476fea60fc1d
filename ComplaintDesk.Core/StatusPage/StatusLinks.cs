using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>Finds a complaint's status link, issuing it in the caller's unit of work the first time.</summary>
public static class StatusLinks
{
    public static async Task<StatusLink> StatusLinkForAsync(this DeskDbContext db, long complaintId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var link = db.StatusLinks.Local.SingleOrDefault(l => l.ComplaintId == complaintId)
            ?? await db.StatusLinks.SingleOrDefaultAsync(l => l.ComplaintId == complaintId, cancellationToken);
        if (link is null)
        {
            link = new StatusLink(complaintId, StatusTokens.New(), now);
            db.StatusLinks.Add(link);
        }

        return link;
    }
}
