using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class SeeingTheDeskByRole(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_quality_manager_reads_complaints_with_personal_data_masked_and_cannot_register()
    {
        var page = await desk.SignInAsync("quality@demo.local");

        await Assertions.Expect(page.GetByText("New complaint")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#queue-scopes").GetByText("My complaints")).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(page, "queue-quality-manager");

        await page.Locator("#queue a[href^='/complaints/CMP-']").First.ClickAsync();
        await page.WaitForURLAsync("**/complaints/CMP-*");
        await Assertions.Expect(page.Locator("#complainant-masked")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-move]")).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(page, "complaint-quality-manager");

        await page.GotoAsync("/complaints/new");
        await Assertions.Expect(page.GetByText("This page is not for your role")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_supervisor_can_assign_from_the_queue()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");

        await DeskBrowser.ShowScopeAsync(page, "Unassigned", "Unassigned");
        var assign = page.Locator("[data-assign]").First;
        var reference = await assign.GetAttributeAsync("data-assign");
        await assign.ClickAsync();
        await page.Locator(".mud-dialog .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "handler2@demo.local" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByText("Assign", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator($"[data-assign='{reference}']")).ToHaveCountAsync(0);
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");
        await Assertions.Expect(page.Locator("tr", new() { Has = page.Locator($"a[href='/complaints/{reference}']") }))
            .ToContainTextAsync("Mehmet Demir");
        await DeskBrowser.ScreenshotAsync(page, "queue-supervisor");
    }

    [Fact]
    public async Task The_theme_choice_is_remembered_for_the_person()
    {
        var page = await desk.SignInAsync("handler2@demo.local");

        await page.GetByLabel("Switch theme").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-theme-dark, html.mud-theme-dark, body")).Not.ToHaveCountAsync(0);
        var again = await desk.SignInAsync("handler2@demo.local");

        await Assertions.Expect(again.GetByLabel("Switch theme")).ToBeVisibleAsync();
        var dark = await again.EvaluateAsync<bool>(
            "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').trim().toLowerCase() !== '#f5f7faff' && getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').trim().toLowerCase() !== '#f5f7fa'");
        Assert.True(dark);
        await DeskBrowser.ScreenshotAsync(again, "queue-dark");
    }

    [Fact]
    public async Task An_administrator_saves_the_SLA_settings_and_a_handler_may_not_open_them()
    {
        var page = await desk.SignInAsync("admin@demo.local");

        await page.GotoAsync("/settings/sla");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("tr[data-priority='Critical']")).ToBeVisibleAsync();
        await page.Locator("#save-settings").ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. Open complaints now run on these settings.")).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(page, "settings-administrator");

        var handler = await desk.SignInAsync("handler@demo.local");
        await handler.GotoAsync("/settings/sla");
        await Assertions.Expect(handler.GetByText("This page is not for your role")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_opens_the_jobs_dashboard_from_the_menu()
    {
        var page = await desk.SignInAsync("admin@demo.local");

        await page.Locator("#jobs-link").ClickAsync();

        await page.WaitForURLAsync("**/hangfire");
        await Assertions.Expect(page.GetByText("ComplaintDesk jobs").First).ToBeVisibleAsync();
    }
}
