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
    private const int SweepBatch = 200;

    // Each sweep arms the alarms of the next two minutes, so after a restart (which may lose the triggers
    // set before it) alarms still fire on the second, not at the next sweep.
    internal static readonly TimeSpan ArmAhead = TimeSpan.FromMinutes(2);

    private readonly ComplaintClockCheck _complaintCheck = new(dbFactory, time, sla, alarms, new RaisedAlertsAnnouncer(notifier, alarms, options));
    private readonly UnhandledBreachCheck _unhandledCheck = new(dbFactory, time, options, alarms, new RaisedAlertsAnnouncer(notifier, alarms, options));
    private readonly AlertReminders _reminders = new(dbFactory, time, options, notifier);

    // Alarms up to here are armed already; a restart forgets it and arms from now (triggers are lost with it).
    private DateTimeOffset? _armedUntil;

    /// <summary>
    /// Raises what the complaint's clocks call for now, exactly: a check a moment before an instant raises
    /// nothing for it (a trigger that may fire early waits for its instant first); returns how many alerts it raised.
    /// </summary>
    public Task<int> CheckComplaintAsync(long complaintId, CancellationToken cancellationToken) =>
        _complaintCheck.RunAsync(complaintId, cancellationToken);

    /// <inheritdoc cref="UnhandledBreachCheck"/>
    public Task<int> CheckUnhandledAsync(long alertId, CancellationToken cancellationToken) =>
        _unhandledCheck.RunAsync(alertId, cancellationToken);

    /// <inheritdoc cref="AlertReminders"/>
    public Task<int> RemindAsync(CancellationToken cancellationToken) => _reminders.RemindAsync(cancellationToken);

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

            await ArmComingAlarmsAsync(db, now, cancellationToken);
            var unhandledBefore = now - options.Value.UnhandledAfter;
            var unhandled = await LiveAlerts.In(db)
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

    private async Task ArmComingAlarmsAsync(DeskDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = now + ArmAhead;
        var armedFrom = _armedUntil is { } armed && armed > now ? armed : now;
        var coming = await db.Complaints
            .Where(c => c.NextAlarmAt > armedFrom && c.NextAlarmAt <= horizon)
            .Select(c => new { c.Id, c.NextAlarmAt })
            .ToListAsync(cancellationToken);
        coming.ForEach(c => alarms.CheckComplaintAt(c.Id, c.NextAlarmAt!.Value));
        _armedUntil = horizon;
    }
}
