using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// The escalation rules run by the clock: warnings, breaches, unhandled breaches and
/// reminders. Every check reads the database and may run any number of times: an alert's unique
/// key and the clocks' raised flags make sure each escalation is raised once.
/// </summary>
public sealed class EscalationChecks(
    IDbContextFactory<DeskDbContext> dbFactory,
    TimeProvider time,
    ISlaSettings sla,
    IOptions<EscalationOptions> options,
    IDeskNotifier notifier,
    IAlarmScheduler alarms)
{
    private const int Attempts = 3;
    private const int SweepBatch = 200;

    // Each sweep arms the alarms of the next two minutes, so after a restart (which may lose the triggers
    // set before it) alarms still fire on the second, not at the next sweep.
    internal static readonly TimeSpan ArmAhead = TimeSpan.FromMinutes(2);
    private static readonly ComplaintStatus[] _finished = [ComplaintStatus.Closed, ComplaintStatus.Withdrawn];

    // Alarms up to here are armed already; a restart forgets it and arms from now (triggers are lost with it).
    private DateTimeOffset? _armedUntil;

    private EscalationOptions Options => options.Value;

    /// <summary>
    /// Raises what the complaint's clocks call for now, exactly: a check a moment before an instant raises
    /// nothing for it (a trigger that may fire early waits for its instant first); returns how many alerts it raised.
    /// </summary>
    public Task<int> CheckComplaintAsync(long complaintId, CancellationToken cancellationToken) =>
        RetryAsync(() => TryCheckComplaintAsync(complaintId, cancellationToken));

    /// <summary>
    /// Raises level 2 for a breach alert still unacknowledged after <see cref="EscalationOptions.UnhandledAfter"/>;
    /// before that instant it only sets a trigger for it.
    /// </summary>
    public Task<int> CheckUnhandledAsync(long alertId, CancellationToken cancellationToken) =>
        RetryAsync(() => TryCheckUnhandledAsync(alertId, cancellationToken));

    /// <summary>The safety net run every minute: everything due that no trigger caught, and the reminders.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var raised = 0;
        var complaints = 0;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            for (long after = 0; ;)
            {
                var due = await db.Complaints
                    .Where(c => c.NextAlarmAt <= now && c.Id > after)
                    .OrderBy(c => c.Id)
                    .Select(c => c.Id)
                    .Take(SweepBatch)
                    .ToListAsync(cancellationToken);
                if (due.Count == 0)
                {
                    break;
                }

                foreach (var id in due)
                {
                    raised += await CheckComplaintAsync(id, cancellationToken);
                }

                complaints += due.Count;
                after = due[^1];
            }

            var horizon = now + ArmAhead;
            var armedFrom = _armedUntil is { } armed && armed > now ? armed : now;
            var coming = await db.Complaints
                .Where(c => c.NextAlarmAt > armedFrom && c.NextAlarmAt <= horizon)
                .Select(c => new { c.Id, c.NextAlarmAt })
                .ToListAsync(cancellationToken);
            coming.ForEach(c => alarms.CheckComplaintAt(c.Id, c.NextAlarmAt!.Value));
            _armedUntil = horizon;

            var unhandledBefore = now - Options.UnhandledAfter;
            var unhandled = await StillLive(db)
                .Where(a => a.EscalatedFurtherAt == null && a.Trigger == AlertTrigger.Breach && a.Level == 1 && a.RaisedAt <= unhandledBefore)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in unhandled)
            {
                raised += await CheckUnhandledAsync(id, cancellationToken);
            }
        }

        var reminded = await RemindAsync(cancellationToken);
        return new SweepResult(complaints, raised, reminded);
    }

    /// <summary>Reminds the audience of every open alert that still matters and was not reminded for a whole interval.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - Options.ReminderInterval;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await StillLive(db)
            .Where(a => (a.LastRemindedAt ?? a.RaisedAt) <= cutoff)
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var alert in due)
        {
            alert.Remind(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Acknowledged since it was read: nothing to remind, and the others still go out.
                db.Entry(alert).State = EntityState.Detached;
                continue;
            }

            await notifier.AlertReminderAsync(AlertView.From(alert), cancellationToken);
            reminded++;
        }

        return reminded;
    }

    // Open alerts that still call for someone: their complaint is open and their clock, if they have one, still runs.
    private static IQueryable<Alert> StillLive(DeskDbContext db) =>
        db.Alerts.Where(a => a.AcknowledgedAt == null && db.Complaints.Any(c =>
            c.Id == a.ComplaintId && !_finished.Contains(c.Status) &&
            (a.Clock == null || c.Clocks.Any(k => k.Kind == a.Clock && k.StoppedAt == null))));

    private async Task<int> TryCheckComplaintAsync(long complaintId, CancellationToken cancellationToken)
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
        await AnnounceAsync(complaint, raised, cancellationToken);
        if (complaint.NextAlarmAt is { } next && (raised.Count > 0 || next != alarmBefore))
        {
            alarms.CheckComplaintAt(complaint.Id, next);
        }

        return raised.Count;
    }

    private async Task<int> TryCheckUnhandledAsync(long alertId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var breach = await db.Alerts.FindAsync([alertId], cancellationToken);
        if (breach is not { IsOpen: true, EscalatedFurtherAt: null, Trigger: AlertTrigger.Breach, Level: 1, Clock: { } clock })
        {
            return 0;
        }

        var due = breach.RaisedAt + Options.UnhandledAfter;
        if (due > now)
        {
            alarms.CheckUnhandledAt(alertId, due);
            return 0;
        }

        var complaint = await db.Complaints.SingleAsync(c => c.Id == breach.ComplaintId, cancellationToken);
        var unhandled = complaint.RaiseUnhandled(clock, Options.UnhandledAfter, new Stamp(now, Actor.Desk));
        if (unhandled is null)
        {
            return 0;
        }

        breach.MarkEscalatedFurther(now);
        db.Alerts.Add(unhandled);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(complaint, [unhandled], cancellationToken);
        return 1;
    }

    private async Task AnnounceAsync(Complaint complaint, List<Alert> raised, CancellationToken cancellationToken)
    {
        if (raised.Count == 0)
        {
            return;
        }

        await notifier.ComplaintChangedAsync(ComplaintChange.Of(complaint, ComplaintMove.RaiseAlert), cancellationToken);
        foreach (var alert in raised)
        {
            await notifier.AlertRaisedAsync(AlertView.From(alert), cancellationToken);
            if (alert is { Trigger: AlertTrigger.Breach, Level: 1 })
            {
                alarms.CheckUnhandledAt(alert.Id, alert.RaisedAt + Options.UnhandledAfter);
            }
        }
    }

    // A person's move or a second check can commit first (a stale version, or the same alert's
    // key): reading again sees what they did, and raises only what is still missing.
    private static async Task<int> RetryAsync(Func<Task<int>> check)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await check();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
            }
        }
    }
}
