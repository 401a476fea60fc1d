using System.Globalization;
using System.Text;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// How exactly <c>Task.Delay</c> on <see cref="TimeProvider.System"/> wakes at an instant read from the same
/// provider, the way the check jobs wait for an instant Hangfire fired them early for (<c>EarlyTriggers</c>).
/// </summary>
internal static class TimerProbe
{
    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var woke = new List<TimeSpan>(options.Count);
        for (var i = 0; i < options.Count; i++)
        {
            // Any instant within the next second, to the tick, as deadlines are.
            var at = time.GetUtcNow() + TimeSpan.FromTicks(Random.Shared.NextInt64(TimeSpan.TicksPerSecond / 50, TimeSpan.TicksPerSecond / 3));
            await Task.Delay(at - time.GetUtcNow(), time, cancellationToken);
            woke.Add(time.GetUtcNow() - at);
        }

        var early = woke.Count(w => w < TimeSpan.Zero);
        return new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"timer: {options.Count} waits of 20-333 ms for an instant, as the check jobs wait")
            .AppendLine()
            .AppendLine(ResultTable.Format("Woke, relative to the instant (< 0: before it)", [new ResultRow("Task.Delay(at - now, TimeProvider.System)", Distribution.Of(woke))]))
            .AppendLine(CultureInfo.InvariantCulture, $"woke before the instant: {early} of {woke.Count} ({(double)early / woke.Count:P0})")
            .ToString();
    }
}
