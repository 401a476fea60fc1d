using System.Collections.Concurrent;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// A Hangfire filter that notes, for every <see cref="SlaCheckJob"/>, the instant it was scheduled for,
/// when the scheduler's poll moved it to the queue, and when a worker started and finished it.
/// Hangfire's filters are process-wide, and this process hosts one desk (on one node or several).
/// </summary>
internal sealed class SlaCheckTraces : IApplyStateFilter, IServerFilter
{
    private readonly ConcurrentDictionary<string, SlaCheckTrace> _traces = new();

    public IReadOnlyCollection<SlaCheckTrace> All => [.. _traces.Values];

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        var trace = TraceOf(context.BackgroundJob);
        if (trace is null)
        {
            return;
        }

        var now = TimeProvider.System.GetUtcNow();
        lock (trace)
        {
            switch (context.NewState)
            {
                case ScheduledState scheduled:
                    trace.ScheduledFor = new DateTimeOffset(DateTime.SpecifyKind(scheduled.EnqueueAt, DateTimeKind.Utc));
                    break;
                case EnqueuedState when context.OldStateName == ScheduledState.StateName:
                    trace.Enqueued = now;
                    break;
            }
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        if (TraceOf(context.BackgroundJob) is { } trace)
        {
            lock (trace)
            {
                trace.Started = TimeProvider.System.GetUtcNow();
                trace.Server = context.ServerId;
            }
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        if (TraceOf(context.BackgroundJob) is { } trace)
        {
            lock (trace)
            {
                trace.Finished = TimeProvider.System.GetUtcNow();
            }
        }
    }

    private SlaCheckTrace? TraceOf(BackgroundJob job) =>
        job.Job is { } call && call.Type == typeof(SlaCheckJob) && call.Args is [long complaintId, ..]
            ? _traces.GetOrAdd(job.Id, _ => new SlaCheckTrace(complaintId))
            : null;
}

/// <summary>One check job's way through Hangfire; read once the run is over.</summary>
internal sealed class SlaCheckTrace(long complaintId)
{
    public long ComplaintId => complaintId;

    public DateTimeOffset? ScheduledFor { get; set; }

    public DateTimeOffset? Enqueued { get; set; }

    public DateTimeOffset? Started { get; set; }

    public DateTimeOffset? Finished { get; set; }

    /// <summary>The Hangfire server (one per node) whose worker ran the check.</summary>
    public string? Server { get; set; }
}
