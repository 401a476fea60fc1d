using System.Collections.Concurrent;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Keeps what Core announced, for tests that run Core without the hub.</summary>
public sealed class RecordingNotifier : IDeskNotifier
{
    public ConcurrentQueue<ComplaintChange> Changes { get; } = new();

    public ConcurrentQueue<AlertView> Raised { get; } = new();

    public ConcurrentQueue<AlertView> Reminders { get; } = new();

    public ConcurrentQueue<AlertView> Acknowledged { get; } = new();

    public ConcurrentQueue<MonthlyReportView> Reports { get; } = new();

    public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken) => Record(Changes, change);

    public Task AlertRaisedAsync(AlertView alert, CancellationToken cancellationToken) => Record(Raised, alert);

    public Task AlertReminderAsync(AlertView alert, CancellationToken cancellationToken) => Record(Reminders, alert);

    public Task AlertAcknowledgedAsync(AlertView alert, CancellationToken cancellationToken) => Record(Acknowledged, alert);

    public Task ReportBuiltAsync(MonthlyReportView run, CancellationToken cancellationToken) => Record(Reports, run);

    private static Task Record<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        return Task.CompletedTask;
    }
}
