using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// Raises level 2 for a breach alert still unacknowledged after <see cref="EscalationOptions.UnhandledAfter"/>;
/// before that instant it only sets a trigger for it.
/// </summary>
internal sealed class UnhandledBreachCheck(
    IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time, IOptions<EscalationOptions> options, IAlarmScheduler alarms,
    RaisedAlertsAnnouncer announcer)
{
    /// <summary>Returns how many alerts it raised: one or none.</summary>
    public Task<int> RunAsync(long alertId, CancellationToken cancellationToken) =>
        CheckRetries.RunAsync(() => TryRunAsync(alertId, cancellationToken));

    private async Task<int> TryRunAsync(long alertId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unhandledAfter = options.Value.UnhandledAfter;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var breach = await db.Alerts.FindAsync([alertId], cancellationToken);
        if (breach is not { IsOpen: true, EscalatedFurtherAt: null, Trigger: AlertTrigger.Breach, Level: 1, Clock: { } clock })
        {
            return 0;
        }

        var due = breach.RaisedAt + unhandledAfter;
        if (due > now)
        {
            alarms.CheckUnhandledAt(alertId, due);
            return 0;
        }

        var complaint = await db.Complaints.SingleAsync(c => c.Id == breach.ComplaintId, cancellationToken);
        var unhandled = complaint.RaiseUnhandled(clock, unhandledAfter, new Stamp(now, Actor.Desk));
        if (unhandled is null)
        {
            return 0;
        }

        breach.MarkEscalatedFurther(now);
        db.Alerts.Add(unhandled);
        await db.SaveChangesAsync(cancellationToken);
        await announcer.AnnounceAsync(complaint, [unhandled], cancellationToken);
        return 1;
    }
}
