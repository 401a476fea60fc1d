using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Escalations;

/// <summary>Reminds the audience of every live alert that was not reminded for a whole <see cref="EscalationOptions.ReminderInterval"/>.</summary>
internal sealed class AlertReminders(
    IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time, IOptions<EscalationOptions> options, IDeskNotifier notifier)
{
    /// <summary>Returns how many reminders went out.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.ReminderInterval;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await LiveAlerts.In(db)
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
}
