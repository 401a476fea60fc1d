using ComplaintDesk.Tests.EndToEnd;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.Redis;

/// <summary>Two nodes on one database and one Redis, and Debian's Chromium to open the desk on either.</summary>
public sealed class TwoNodesInABrowser : TwoNodes
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Two cores run both nodes, the browser and other tests at once: give each expectation room.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await DeskChromium.LaunchAsync(_playwright);
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
