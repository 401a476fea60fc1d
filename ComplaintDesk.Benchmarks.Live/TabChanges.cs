namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Reassigns the watched complaints one at a time between the two demo handlers through the API, and
/// waits until every tab shows each change before the next; the tabs' own notes give the timings.
/// </summary>
internal sealed class TabChanges(DeskServer server, DeskSession supervisor, List<QueueRow> rows, EveryTab everyTab)
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);
    // Longer than a live screen's refresh spacing, so each change is refreshed on its own rather than in a burst.
    private static readonly TimeSpan _pause = TimeSpan.FromMilliseconds(500);

    public async Task<List<TabChange>> MeasureAsync(IReadOnlyList<QueueTab> tabs, int count, string phase, CancellationToken cancellationToken)
    {
        var made = new List<(string Key, double SentAt, double AnsweredAt, TimeSpan Cpu)>();
        for (var i = 0; i < count; i++)
        {
            var index = i % rows.Count;
            var row = rows[index];
            var assignee = row.Assignee == "handler@demo.local" ? "handler2@demo.local" : "handler@demo.local";
            var key = $"{phase}-{i}";
            var everyone = everyTab.Expect(key, tabs.Count);
            // A tab too busy to answer within the patience is not waited for: it simply misses this change.
            await Task.WhenAny(Task.WhenAll(tabs.Select(t => t.WatchAsync(key, row.Reference, assignee))), Task.Delay(_patience, cancellationToken));

            var cpu = server.CpuTime();
            var sentAt = UnixMilliseconds();
            rows[index] = await supervisor.AssignAsync(row.Reference, assignee, cancellationToken);
            var answeredAt = UnixMilliseconds();
            await Task.WhenAny(everyone, Task.Delay(_patience, cancellationToken));
            made.Add((key, sentAt, answeredAt, server.CpuTime() - cpu));
            await Task.Delay(_pause, cancellationToken);
        }

        var arrivals = (await Task.WhenAll(tabs.Select(t => t.ArrivalsAsync()))).SelectMany(a => a).ToLookup(a => a.Key, a => a.At);
        Console.Error.WriteLine($"{tabs.Count} tabs, {phase}: {made.Count} changes made");
        return [.. made.Select(m => new TabChange(m.Key, m.SentAt, m.AnsweredAt, m.Cpu, [.. arrivals[m.Key]], tabs.Count))];
    }

    private static double UnixMilliseconds() => (TimeProvider.System.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalMilliseconds;
}
