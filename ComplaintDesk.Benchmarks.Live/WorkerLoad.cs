using System.Globalization;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>How many check jobs held a Hangfire worker at once, and for how long each held one.</summary>
internal sealed record WorkerLoad(int Run, int MostAtOnce, Distribution Held, Distribution QueueWait, string JobsPerInstant)
{
    /// <summary>As the app sets it: twice the cores, at least four.</summary>
    public static int Workers => Web.Jobs.JobsSetup.Workers;

    public static WorkerLoad Of(IReadOnlyCollection<SlaCheckTrace> jobs)
    {
        var run = jobs.Where(j => j is { Started: not null, Finished: not null }).ToList();
        var changes = run.Select(j => (At: j.Started!.Value, Step: 1))
            .Concat(run.Select(j => (At: j.Finished!.Value, Step: -1)))
            .OrderBy(c => c.At).ThenBy(c => c.Step);
        int running = 0, most = 0;
        foreach (var (_, step) in changes)
        {
            running += step;
            most = Math.Max(most, running);
        }

        return new WorkerLoad(
            run.Count,
            most,
            Distribution.Of(run.Select(j => j.Finished!.Value - j.Started!.Value)),
            Distribution.Of(run.Where(j => j.Enqueued is not null).Select(j => j.Started!.Value - j.Enqueued!.Value)),
            CountJobsPerInstant(run));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"each held a worker p50 {Held.P50:0} ms, p95 {Held.P95:0} ms, max {Held.Max:0} ms; waited for a worker p95 {QueueWait.P95:0} ms, " +
        $"max {QueueWait.Max:0} ms; jobs run per complaint and instant: {JobsPerInstant}");

    // The minute sweep arms every alarm of the next two minutes again, next to the trigger already set.
    private static string CountJobsPerInstant(List<SlaCheckTrace> run) => string.Join(", ", run
        .Where(j => j.ScheduledFor is not null)
        .GroupBy(j => (j.ComplaintId, Centisecond: j.ScheduledFor!.Value.ToUnixTimeMilliseconds() / 10))
        .GroupBy(instant => instant.Count())
        .OrderBy(g => g.Key)
        .Select(g => $"{g.Key} job{(g.Key == 1 ? "" : "s")} x {g.Count()}"));
}
