using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A supervisor ticks complaints on the queue and assigns them all at once, with a result for each.</summary>
public sealed class AssigningSeveralComplaintsOnTheQueuePage(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task Two_ticked_unassigned_complaints_go_to_one_handler()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await DeskBrowser.ShowScopeAsync(page, "Unassigned", "Unassigned");
        var rows = page.Locator("#queue tbody tr[data-reference]");
        var first = await rows.Nth(0).GetAttributeAsync("data-reference");
        var second = await rows.Nth(1).GetAttributeAsync("data-reference");

        await page.Locator($"input[data-select='{first}']").CheckAsync();
        await page.Locator($"input[data-select='{second}']").CheckAsync();
        await Assertions.Expect(page.Locator("#bulk-actions")).ToBeVisibleAsync();
        await page.Locator("#bulk-assign button").ClickAsync();
        await page.Locator(".mud-popover-open [data-assignee='handler2@demo.local']").ClickAsync();

        await Assertions.Expect(page.Locator("#bulk-results li[data-result='Done']")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($"#queue tr[data-reference='{first}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"#queue tr[data-reference='{second}']")).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(page, "queue-bulk-assigned");
    }
}
