using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>j and k move the current row, Enter opens it, / goes to the search box, ? lists the keys; none of them while typing.</summary>
public sealed class MovingThroughTheQueueWithTheKeyboard(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_handler_walks_the_rows_opens_one_and_searches_without_the_mouse()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");
        var rows = page.Locator("#queue tbody tr[data-reference]");

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");

        await Assertions.Expect(rows.Nth(1)).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#queue tbody tr[data-current]")).ToHaveCountAsync(1);
        await DeskBrowser.ScreenshotAsync(page, "queue-keyboard-current-row");
        var second = await rows.Nth(1).GetAttributeAsync("data-reference");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/complaints/{second}");

        await page.GoBackAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await page.Locator("#queue[data-loaded-scope='AllOpen']").WaitForAsync();
        // The router moves focus to the page's heading once the client has acknowledged the first render,
        // which can come after the rows: a "/" pressed before that would have its focus taken away.
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#queue-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("jk");
        await Assertions.Expect(page.Locator("#queue-search")).ToHaveValueAsync("jk");
        await Assertions.Expect(page.Locator("#queue tbody tr[data-current]")).ToHaveCountAsync(0);

        await page.Locator("#queue-search").BlurAsync();
        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#queue-shortcuts")).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(page, "queue-keyboard-shortcuts");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#queue-shortcuts")).ToBeHiddenAsync();
    }
}
