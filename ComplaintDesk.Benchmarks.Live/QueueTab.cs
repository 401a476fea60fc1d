using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;
using System.Text.Json;
using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One Chromium tab with its own cookies, signed in as a demo person and on the queue's "All open" view.
/// The page notes when it first shows each watched change (<c>queue-probe.js</c>).
/// </summary>
internal sealed class QueueTab : IAsyncDisposable
{
    private static readonly string _probe = ReadProbe();
    private readonly IBrowserContext _context;
    private readonly IPage _page;

    private QueueTab(IBrowserContext context, IPage page)
    {
        _context = context;
        _page = page;
    }

    /// <param name="rows">The page size to show instead of the person's default: one of the queue's page sizes.</param>
    public static async Task<QueueTab> OpenAsync(IBrowser browser, Uri server, string email, EveryTab everyTab, int? rows = null)
    {
        var context = await DeskTab.NewContextAsync(browser, server);
        try
        {
            await context.ExposeFunctionAsync<string>("deskBenchSeen", everyTab.Seen);
            await context.AddInitScriptAsync(_probe);
            var page = await context.NewPageAsync();
            // Straight to the page size asked for: going there after signing in would start and end a circuit first.
            await DeskTab.SignInAsync(page, email, rows is { } size ? $"/queue?tab={ScopeNames.Name(QueueScope.AllOpen)}&size={size}" : null);
            if (rows is null)
            {
                await page.Locator("#queue-scopes").GetByText("All open", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
            }

            await page.Locator("#queue[data-loaded-scope='AllOpen']").WaitForAsync();
            await DeskTab.HubLiveAsync(page);
            return new QueueTab(context, page);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>From now on, the page notes when the row of <paramref name="reference"/> names <paramref name="assignee"/>.</summary>
    public Task WatchAsync(string key, string reference, string assignee) =>
        _page.EvaluateAsync("([key, reference, assignee]) => deskBench.watch(key, reference, assignee)", new[] { key, reference, assignee });

    /// <summary>Each watched change this page has shown, with the page's clock (Unix milliseconds) at that moment.</summary>
    public async Task<IReadOnlyList<(string Key, double At)>> ArrivalsAsync()
    {
        var arrivals = await _page.EvaluateAsync<JsonElement>("() => deskBench.arrivals");
        return [.. arrivals.EnumerateArray().Select(a => (a.GetProperty("key").GetString()!, a.GetProperty("at").GetDouble()))];
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static string ReadProbe()
    {
        using var stream = typeof(QueueTab).Assembly.GetManifestResourceStream("queue-probe.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
