using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A supervisor saves the view on screen as their default, and the queue opens with it next time.</summary>
public sealed partial class KeepingAQueueViewByName(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_saved_default_view_opens_the_queue()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");
        await page.Locator("th button[data-sort='priority']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(OpenByPriority());

        await page.Locator("#saved-views button").First.ClickAsync();
        await page.Locator("#save-view").ClickAsync();
        await page.Locator("#save-view-name").FillAsync("Open by priority");
        await page.GetByText("Open my queue with this view").ClickAsync();
        await page.Locator("#save-view-send").ClickAsync();
        await Assertions.Expect(page.Locator("#saved-views")).ToHaveAttributeAsync("data-current-view", "Open by priority");

        await page.GotoAsync("/queue");
        await DeskBrowser.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(OpenByPriority());
        await Assertions.Expect(page.Locator("#queue-scopes [aria-checked='true']")).ToHaveTextAsync("All open");
        await Assertions.Expect(page.Locator("th[aria-sort='ascending'] button")).ToHaveAttributeAsync("data-sort", "priority");
        await DeskBrowser.ScreenshotAsync(page, "queue-saved-view");
    }

    [GeneratedRegex(@"/queue\?tab=open&sort=priority$")]
    private static partial Regex OpenByPriority();
}
