using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Teams;

/// <summary>A complaint that moves to another team's queue takes its open alerts for roles with it.</summary>
internal static class TeamAlerts
{
    public static async Task MoveOpenAlertsAsync(this DeskDbContext db, long complaintId, int? teamId, CancellationToken cancellationToken)
    {
        var open = await db.Alerts
            .Where(a => a.ComplaintId == complaintId && a.TargetRole != DeskCapabilities.Assignee && a.AcknowledgedAt == null)
            .ToListAsync(cancellationToken);
        open.ForEach(a => a.MoveToTeam(teamId));
    }
}
