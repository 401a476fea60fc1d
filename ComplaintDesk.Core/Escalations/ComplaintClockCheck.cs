using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Escalations;

/// <summary>Raises the warnings and breaches one complaint's clocks call for now, and sets the trigger for its next alarm.</summary>
internal sealed class ComplaintClockCheck(
    IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time, ISlaSettings sla, IAlarmScheduler alarms, RaisedAlertsAnnouncer announcer)
{
    /// <summary>Returns how many alerts it raised.</summary>
    public Task<int> RunAsync(long complaintId, CancellationToken cancellationToken) =>
        CheckRetries.RunAsync(() => TryRunAsync(complaintId, cancellationToken));

    private async Task<int> TryRunAsync(long complaintId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.Include(c => c.Category).SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null || !complaint.Status.IsOpen())
        {
            return 0;
        }

        var alarmBefore = complaint.NextAlarmAt;
        complaint.SettleClocks(sla, now);
        var stamp = new Stamp(now, Actor.Desk);
        var raised = complaint.ClocksAt(sla, now)
            .Select(clock => complaint.RaiseClockAlert(clock, stamp))
            .OfType<Alert>()
            .ToList();
        db.Alerts.AddRange(raised);
        await db.SaveChangesAsync(cancellationToken);
        await announcer.AnnounceAsync(complaint, raised, cancellationToken);
        if (complaint.NextAlarmAt is { } next && (raised.Count > 0 || next != alarmBefore))
        {
            alarms.CheckComplaintAt(complaint.Id, next);
        }

        return raised.Count;
    }
}
