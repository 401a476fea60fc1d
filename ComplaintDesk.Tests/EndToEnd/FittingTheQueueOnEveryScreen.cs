using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>The queue needs no sideways scrolling on a laptop or a phone; on a phone it is a list of cards.</summary>
public sealed class FittingTheQueueOnEveryScreen(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Theory]
    [InlineData(1366, 768, "table-row")]
    [InlineData(390, 844, "block")]
    public async Task The_queue_fits_the_screen_without_scrolling_sideways(int width, int height, string rowDisplay)
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await page.SetViewportSizeAsync(width, height);
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");

        var row = page.Locator("#queue tbody tr[data-reference]").First;
        await Assertions.Expect(row).ToHaveCSSAsync("display", rowDisplay);
        await DeskBrowser.ScreenshotAsync(page, $"queue-{width}x{height}");
        Assert.Equal("", await SticksOutAsync(page));
    }

    [Fact]
    public async Task The_dense_queue_fits_a_laptop_screen_too()
    {
        var page = await desk.SignInAsync("handler2@demo.local");
        await page.SetViewportSizeAsync(1366, 768);
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");

        await page.Locator("#queue-dense").ClickAsync();

        await Assertions.Expect(page.Locator("#queue.desk-queue--dense")).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(page, "queue-1366x768-dense");
        Assert.Equal("", await SticksOutAsync(page));
    }

    /// <summary>Empty when nothing scrolls sideways; otherwise the elements that reach past the screen's edge.</summary>
    private static Task<string> SticksOutAsync(IPage page) =>
        page.EvaluateAsync<string>("""
            () => {
                const edge = document.scrollingElement.clientWidth;
                if (document.scrollingElement.scrollWidth <= edge) return "";
                return [...document.querySelectorAll("body *")]
                    .filter(e => e.getBoundingClientRect().right > edge + 0.5)
                    .slice(0, 8)
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} (right ${Math.round(e.getBoundingClientRect().right)} > ${edge})`)
                    .join("; ");
            }
            """);
}
