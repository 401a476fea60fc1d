using System.Collections.Concurrent;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Keeps what Core announced, for tests that run Core without the hub.</summary>
public sealed class RecordingNotifier : IDeskNotifier
{
    public ConcurrentQueue<ComplaintChange> Changes { get; } = new();

    public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken)
    {
        Changes.Enqueue(change);
        return Task.CompletedTask;
    }
}
