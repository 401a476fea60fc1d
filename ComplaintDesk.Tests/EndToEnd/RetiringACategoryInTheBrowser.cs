using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>An administrator keeps categories and teams in the browser; what is retired is offered nowhere.</summary>
public sealed class RetiringACategoryInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task An_administrator_retires_a_category_and_the_new_complaint_form_no_longer_offers_it()
    {
        var admin = await desk.SignInAsync("admin@demo.local");
        await Assertions.Expect(admin.Locator(".mud-navmenu a[href='/admin/categories']")).ToHaveCountAsync(1);
        await admin.GotoAsync("/admin/categories");
        await DeskBrowser.WaitUntilInteractiveAsync(admin);
        var delivery = admin.Locator("tr[data-category='Delivery']");
        await Assertions.Expect(delivery.Locator("[data-state]")).ToHaveTextAsync("Active");
        await DeskBrowser.ScreenshotAsync(admin, "admin-categories");

        await delivery.Locator("[data-retire]").ClickAsync();

        await Assertions.Expect(delivery.Locator("[data-state]")).ToHaveTextAsync("Retired");
        await Assertions.Expect(delivery.Locator("[data-activate]")).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(admin, "admin-categories-retired");

        var handler = await desk.SignInAsync("handler@demo.local");
        await handler.GotoAsync("/complaints/new");
        await DeskBrowser.WaitUntilInteractiveAsync(handler);
        await handler.Locator(".mud-select", new() { HasText = "Category (optional)" }).First.ClickAsync();
        var offered = handler.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(offered.First).ToBeVisibleAsync();
        var names = (await offered.AllInnerTextsAsync()).Select(n => n.Trim()).ToList();
        Assert.Contains("Billing", names);
        Assert.DoesNotContain("Delivery", names);
        await DeskBrowser.ScreenshotAsync(handler, "new-complaint-without-retired-category");
    }

    [Fact]
    public async Task An_administrator_sees_the_demo_team_with_its_people_and_categories()
    {
        var admin = await desk.SignInAsync("admin@demo.local");
        await Assertions.Expect(admin.Locator(".mud-navmenu a[href='/admin/teams']")).ToHaveCountAsync(1);
        await admin.GotoAsync("/admin/teams");
        await DeskBrowser.WaitUntilInteractiveAsync(admin);

        var team = admin.Locator("[data-team='Complaints team']");
        await Assertions.Expect(team.Locator("[data-member]")).ToHaveCountAsync(5);
        await Assertions.Expect(team.Locator("[data-categories]")).ToContainTextAsync("Product quality");
        await DeskBrowser.ScreenshotAsync(admin, "admin-teams");

        var handler = await desk.SignInAsync("handler@demo.local");
        await Assertions.Expect(handler.Locator("#queue-scopes")).ToContainTextAsync("My teams");
        await Assertions.Expect(handler.Locator(".mud-navmenu a[href='/admin/teams']")).ToHaveCountAsync(0);
    }
}
