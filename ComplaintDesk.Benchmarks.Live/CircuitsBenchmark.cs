using ComplaintDesk.Tests.EndToEnd;
using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Only the memory of idle circuits: the desk's resident memory at 10 queue tabs (or tabs on another page) and at 50,
/// with no change made in between, so the growth is the 40 circuits' and not the work of a change phase. Prints the desk's process id
/// and each step as it goes, for a memory profiler to be pointed at it.
/// </summary>
internal static class CircuitsBenchmark
{
    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        using var server = await DeskServer.StartAsync(cancellationToken);
        Console.Error.WriteLine($"desk process {server.ProcessId} at {server.BaseAddress}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DeskChromium.LaunchAsync(playwright);
        var everyTab = new EveryTab();
        Func<string, Task<IAsyncDisposable>> open = options.Page is { } path
            ? async email => await IdleTab.OpenAsync(browser, server.BaseAddress, email, path)
            : async email => await QueueTab.OpenAsync(browser, server.BaseAddress, email, everyTab, options.Rows);
        var tabs = new List<IAsyncDisposable>();
        try
        {
            await TabsBenchmark.OpenAsync(tabs, TabsBenchmark.FewTabs, open);
            Console.Error.WriteLine($"{tabs.Count} tabs open; sampling");
            var few = await ResidentMemory.SampleAsync(server, tabs.Count, cancellationToken);
            await TabsBenchmark.OpenAsync(tabs, TabsBenchmark.ManyTabs, open);
            Console.Error.WriteLine($"{tabs.Count} tabs open; sampling");
            var many = await ResidentMemory.SampleAsync(server, tabs.Count, cancellationToken);
            return $"{options.Page ?? "the queue"}: {TabsReport.Memory(few, many)}";
        }
        finally
        {
            foreach (var tab in tabs)
            {
                await tab.DisposeAsync();
            }
        }
    }
}
