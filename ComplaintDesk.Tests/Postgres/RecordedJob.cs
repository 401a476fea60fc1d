using System.Collections.Concurrent;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// A Hangfire job that only notes that it ran, and on which node: each test node has a clock of its own, so the
/// clock the job was given names the node that ran it.
/// </summary>
public sealed class RecordedJob(TimeProvider nodeClock)
{
    private static readonly ConcurrentQueue<(string Batch, int Number, TimeProvider Node)> _runs = new();

    public static IReadOnlyList<(int Number, TimeProvider Node)> RunsOf(string batch) =>
        [.. _runs.Where(r => r.Batch == batch).Select(r => (r.Number, r.Node))];

    /// <summary>Waits until the batch has run this many times, or fails when a minute passes first.</summary>
    public static async Task WaitForRunsAsync(string batch, int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (RunsOf(batch).Count < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), patience.Token);
        }
    }

    public void Run(string batch, int number) => _runs.Enqueue((batch, number, nodeClock));
}
