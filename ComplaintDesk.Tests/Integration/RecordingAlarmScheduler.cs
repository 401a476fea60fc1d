using System.Collections.Concurrent;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Keeps the triggers Core asked for, for tests that run Core without Hangfire.</summary>
public sealed class RecordingAlarmScheduler : IAlarmScheduler
{
    public ConcurrentQueue<(long ComplaintId, DateTimeOffset At)> ComplaintChecks { get; } = new();

    public ConcurrentQueue<(long AlertId, DateTimeOffset At)> UnhandledChecks { get; } = new();

    public void CheckComplaintAt(long complaintId, DateTimeOffset at) => ComplaintChecks.Enqueue((complaintId, at));

    public void CheckUnhandledAt(long alertId, DateTimeOffset at) => UnhandledChecks.Enqueue((alertId, at));
}
