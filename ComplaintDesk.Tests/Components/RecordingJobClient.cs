using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace ComplaintDesk.Tests.Components;

/// <summary>Hangfire's client as far as the pages use it: it keeps the jobs they enqueue and runs none.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<Job> _enqueued = [];

    public IReadOnlyList<Job> Enqueued => _enqueued;

    public string Create(Job job, IState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Assert.Equal(EnqueuedState.StateName, state.Name);
        _enqueued.Add(job);
        return $"job-{_enqueued.Count}";
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => false;
}
