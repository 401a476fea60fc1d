using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A queue view is its address: reload shows the same view, back shows the one before.</summary>
public sealed partial class KeepingAQueueViewInTheAddressBar(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_view_survives_a_reload_and_back_returns_to_the_one_before()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");
        await page.Locator("th button[data-sort='priority']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SortedByPriority());
        await page.Locator("#queue-page-size").SelectOptionAsync("10");
        await Assertions.Expect(page).ToHaveURLAsync(TenRows());
        await Assertions.Expect(page.Locator("#queue tbody tr[data-reference]")).ToHaveCountAsync(10);

        await page.ReloadAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.Locator("#queue-scopes [aria-checked='true']")).ToHaveTextAsync("All open");
        await Assertions.Expect(page.Locator("th[aria-sort='ascending'] button")).ToHaveAttributeAsync("data-sort", "priority");
        await Assertions.Expect(page.Locator("#queue tbody tr[data-reference]")).ToHaveCountAsync(10);

        await page.GoBackAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SortedByPriority());
        await Assertions.Expect(page.Locator("#queue tbody tr[data-reference]")).Not.ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("th[aria-sort='ascending'] button")).ToHaveAttributeAsync("data-sort", "priority");
    }

    [GeneratedRegex(@"/queue\?tab=open&sort=priority$")]
    private static partial Regex SortedByPriority();

    [GeneratedRegex(@"/queue\?tab=open&sort=priority&size=10$")]
    private static partial Regex TenRows();
}
