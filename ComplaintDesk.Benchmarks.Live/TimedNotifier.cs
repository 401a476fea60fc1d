using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The app's hub notifier, unchanged, with the start and end of every change and alert send noted.</summary>
internal sealed class TimedNotifier(IDeskNotifier inner, NotifierTimings timings) : IDeskNotifier
{
    public async Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetUtcNow();
        await inner.ComplaintChangedAsync(change, cancellationToken);
        timings.Changes.Enqueue(new ChangeSend(change.Reference, change.Version, started, TimeProvider.System.GetUtcNow()));
    }

    public async Task AlertRaisedAsync(AlertView alert, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetUtcNow();
        await inner.AlertRaisedAsync(alert, cancellationToken);
        timings.Alerts.Enqueue(new AlertSend(alert.Id, alert.ComplaintReference, alert.Trigger, alert.RaisedAt, started, TimeProvider.System.GetUtcNow()));
    }

    public Task AlertReminderAsync(AlertView alert, CancellationToken cancellationToken) =>
        inner.AlertReminderAsync(alert, cancellationToken);

    public Task AlertAcknowledgedAsync(AlertView alert, CancellationToken cancellationToken) =>
        inner.AlertAcknowledgedAsync(alert, cancellationToken);

    public Task ReportBuiltAsync(MonthlyReportView run, CancellationToken cancellationToken) =>
        inner.ReportBuiltAsync(run, cancellationToken);
}
