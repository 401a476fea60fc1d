using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Escalations;

/// <summary>Open alerts that still call for someone: their complaint is open and their clock, if they have one, still runs.</summary>
internal static class LiveAlerts
{
    private static readonly ComplaintStatus[] _finished = [ComplaintStatus.Closed, ComplaintStatus.Withdrawn];

    public static IQueryable<Alert> In(DeskDbContext db) =>
        db.Alerts.Where(a => a.AcknowledgedAt == null && db.Complaints.Any(c =>
            c.Id == a.ComplaintId && !_finished.Contains(c.Status) &&
            (a.Clock == null || c.Clocks.Any(k => k.Kind == a.Clock && k.StoppedAt == null))));
}
