using ComplaintDesk.Tests.EndToEnd;
using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Real Chromium tabs on the queue's "All open" view of the desk running as its own process. Memory: the
/// desk's resident memory at 10 idle tabs and at 50 (after the changes at 20). Changes: a supervisor reassigns,
/// through the API, complaints on every tab's first page, one at a time, at 20 tabs and then at 50; each is
/// timed until every tab shows it.
/// </summary>
internal static class TabsBenchmark
{
    public const int FewTabs = 10;
    public const int ManyTabs = 50;
    public const int TeamTabs = 20;
    private const int WarmUps = 3;
    private const int Watched = 10;
    private const int OpenAtOnce = 5;
    private static readonly string[] _people = ["handler@demo.local", "handler2@demo.local", "supervisor@demo.local"];

    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var loadAtStart = MachineInfo.LoadAverage();
        using var server = await DeskServer.StartAsync(cancellationToken);
        using var supervisor = await DeskSession.SignInAsync(server.BaseAddress, "supervisor@demo.local", cancellationToken);
        var rows = new List<QueueRow>();
        for (var i = 0; i < Watched; i++)
        {
            rows.Add(await supervisor.RegisterRowAsync(cancellationToken));
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DeskChromium.LaunchAsync(playwright);
        var everyTab = new EveryTab();
        var tabs = new List<QueueTab>();
        var changes = new TabChanges(server, supervisor, rows, everyTab);
        try
        {
            await OpenAsync(browser, server.BaseAddress, everyTab, tabs, FewTabs);
            await changes.MeasureAsync(tabs, WarmUps, "warm-up", cancellationToken);
            var few = await ResidentMemory.SampleAsync(server, tabs.Count, cancellationToken);

            // The team's figures first, and printed at once: on a busy machine fifty tabs may take long to open.
            await OpenAsync(browser, server.BaseAddress, everyTab, tabs, TeamTabs);
            var atTeam = (await changes.MeasureAsync(tabs, WarmUps + options.Changes, "team", cancellationToken)).Skip(WarmUps).ToList();
            Console.WriteLine(TabsReport.Timings(atTeam));

            await OpenAsync(browser, server.BaseAddress, everyTab, tabs, ManyTabs);
            var many = await ResidentMemory.SampleAsync(server, tabs.Count, cancellationToken);
            var atMany = (await changes.MeasureAsync(tabs, WarmUps + options.Changes, "many", cancellationToken)).Skip(WarmUps).ToList();
            return TabsReport.Format(loadAtStart, atTeam, atMany, few, many);
        }
        finally
        {
            foreach (var tab in tabs)
            {
                await tab.DisposeAsync();
            }
        }
    }

    public static Task OpenAsync(IBrowser browser, Uri server, EveryTab everyTab, List<QueueTab> tabs, int count) =>
        OpenAsync(tabs, count, email => QueueTab.OpenAsync(browser, server, email, everyTab));

    // A few at a time: signing in hashes a password, and fifty at once would only queue on two cores.
    public static async Task OpenAsync<TTab>(List<TTab> tabs, int count, Func<string, Task<TTab>> open)
    {
        while (tabs.Count < count)
        {
            var batch = Enumerable.Range(tabs.Count, Math.Min(OpenAtOnce, count - tabs.Count)).Select(i => open(_people[i % _people.Length]));
            tabs.AddRange(await Task.WhenAll(batch));
        }
    }
}
