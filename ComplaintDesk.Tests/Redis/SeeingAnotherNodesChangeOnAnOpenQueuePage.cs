using System.Globalization;
using ComplaintDesk.Tests.EndToEnd;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.RealTime;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.Redis;

/// <summary>A queue open in a browser on node B shows a change made through node A: the tab's hub connection to B hears it through Redis.</summary>
public sealed class SeeingAnotherNodesChangeOnAnOpenQueuePage(TwoNodesInABrowser nodes) : IClassFixture<TwoNodesInABrowser>
{
    private const string Handler = "handler@demo.local";

    [Fact]
    public async Task A_note_written_through_node_A_patches_the_row_on_a_queue_open_on_node_B()
    {
        var context = await nodes.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = nodes.B.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await DeskBrowser.SignInAsync(context, Handler);
        await page.Locator("#queue[data-loaded-scope='Mine']").WaitForAsync();
        await DeskBrowser.WaitUntilLiveAsync(page);
        var row = page.Locator("#queue tbody tr[data-reference]").First;
        var reference = (await row.GetAttributeAsync("data-reference"))!;
        var version = int.Parse((await row.GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture);

        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, Handler);
        await handlerOnA.MoveAsync(reference, "note", new { text = "Called the complainant back." });
        // The desk's clock stands still in tests, and a screen spaces its refreshes on that clock.
        nodes.B.App.Time.Advance(LiveComponent.RefreshSpacing);

        await Assertions.Expect(page.Locator($"tr[data-reference='{reference}']"))
            .ToHaveAttributeAsync("data-version", (version + 1).ToString(CultureInfo.InvariantCulture));
    }
}
