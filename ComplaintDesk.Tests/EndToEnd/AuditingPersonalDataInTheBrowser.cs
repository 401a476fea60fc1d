using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A handler's look at a complainant shows up on a quality manager's Audit page, who also draws finished complaints to
/// review; an administrator erases one.
/// </summary>
public sealed class AuditingPersonalDataInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_handler_opening_a_complaint_is_listed_on_the_audit_with_who_and_what_but_no_personal_data()
    {
        var handler = await desk.SignInAsync("handler@demo.local");
        await DeskBrowser.ShowScopeAsync(handler, "All open", "AllOpen");
        var link = handler.Locator("#queue a[href^='/complaints/CMP-']").First;
        var reference = (await link.TextContentAsync())!.Trim();
        await link.ClickAsync();
        await Assertions.Expect(handler.Locator("#complainant-name")).ToBeVisibleAsync();
        var name = (await handler.Locator("#complainant-name").TextContentAsync())!.Trim();

        var quality = await desk.SignInAsync("quality@demo.local");
        await quality.GotoAsync("/audit");
        await DeskBrowser.WaitUntilInteractiveAsync(quality);
        await quality.Locator("#audit-reference").FillAsync(reference);
        await quality.Locator("#audit-reference").PressAsync("Enter");

        // The list has the filter once its download link carries it.
        await Assertions.Expect(quality.Locator($"[data-csv='/api/v1/audit/access.csv?reference={reference}']")).ToHaveCountAsync(1);
        var row = quality.Locator("#audit-access tbody tr", new() { Has = quality.Locator($"a[data-reference='{reference}']") });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Viewed");
        await Assertions.Expect(quality.Locator("#audit-access [data-action]")).ToHaveAttributeAsync("data-action", "view");
        await Assertions.Expect(row).ToContainTextAsync("handler@demo.local");
        await Assertions.Expect(quality.Locator("#audit-access")).Not.ToContainTextAsync(name);
        await DeskBrowser.ScreenshotAsync(quality, "audit-quality-manager");

        await quality.Locator(".mud-tab", new() { HasText = "Events" }).ClickAsync();
        await Assertions.Expect(quality.Locator("#audit-events tbody tr").First).ToContainTextAsync(reference);
        await DeskBrowser.ScreenshotAsync(quality, "audit-events-quality-manager");

        // The demo's finished complaints, drawn for review; the reference filter is cleared first.
        await quality.Locator("#audit-reference").FillAsync("");
        await quality.Locator("#audit-reference").PressAsync("Enter");
        await quality.Locator(".mud-tab", new() { HasText = "Sample" }).ClickAsync();
        await Assertions.Expect(quality.Locator("#audit-sample tbody tr a[href^='/complaints/CMP-']").First).ToBeVisibleAsync();
        await Assertions.Expect(quality.Locator("#audit-sample-summary")).ToContainTextAsync("drawn at random with seed");
        await DeskBrowser.ScreenshotAsync(quality, "audit-sample-quality-manager");

        await handler.GotoAsync("/audit");
        await Assertions.Expect(handler.GetByText("This page is not for your role")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_anonymises_a_complaint_after_saying_why()
    {
        var admin = await desk.SignInAsync("admin@demo.local");
        // Not the first open complaint: that one is the handler's in the other test, whose view must still be of real data.
        await admin.Locator("#queue a[href^='/complaints/CMP-']").Nth(1).ClickAsync();
        await admin.WaitForURLAsync("**/complaints/CMP-*");
        await DeskBrowser.WaitUntilInteractiveAsync(admin);

        await admin.Locator("#anonymise").ClickAsync();
        await admin.Locator("#anonymise-send").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Say why the personal data is erased");
        await admin.Locator("#anonymise-reason").FillAsync("The complainant asked for erasure by letter.");
        await admin.Locator("#anonymise-send").ClickAsync();

        await Assertions.Expect(admin.Locator("#complainant-name")).ToHaveTextAsync("Anonymised");
        await Assertions.Expect(admin.Locator("#complainant-anonymised")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#anonymise")).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(admin, "complaint-anonymised-administrator");
    }
}
