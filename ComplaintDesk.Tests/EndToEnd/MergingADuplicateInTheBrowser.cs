using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A handler registers a complaint whose e-mail matches an open one: the intake form shows that one, the new complaint's
/// page offers to merge into it, and once merged a banner says where it went.
/// </summary>
public sealed class MergingADuplicateInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Email = "selin.aydin@example.com";

    [Fact]
    public async Task The_intake_shows_the_open_twin_and_the_new_complaint_merges_into_it()
    {
        var handler = await desk.SignInAsync("handler@demo.local");
        await handler.GotoAsync("/complaints/new");
        await DeskBrowser.WaitUntilInteractiveAsync(handler);
        var twin = await RegisterAsync(handler, "The kettle's lid does not close.");

        await handler.GetByText("Register another").ClickAsync();
        // A fresh form is fresh fields: typing before they are there would type into the old ones.
        await Assertions.Expect(handler.Locator("#created-alert")).ToHaveCountAsync(0);
        await handler.Locator("#name").FillAsync("Selin Aydın");
        await handler.Locator("#email").FillAsync(Email.ToUpperInvariant());
        // The form offers e-mail as a way of contact once it has read the address: the pause in typing starts then.
        await Assertions.Expect(handler.Locator("#preferred-contact").GetByText("Email")).ToBeVisibleAsync();
        desk.App.Time.Advance(TimeSpan.FromMilliseconds(500));

        var hint = handler.Locator($"#intake-duplicates [data-duplicate='{twin}']");
        await Assertions.Expect(hint).ToBeVisibleAsync();
        await Assertions.Expect(hint).ToContainTextAsync("Same e-mail");
        await DeskBrowser.ScreenshotAsync(handler, "intake-duplicates");
        var duplicate = await RegisterAsync(handler, "Called again: the lid still does not close.", typeContact: false);

        await handler.Locator("#created-link").ClickAsync();
        await Assertions.Expect(handler.Locator("#complaint-reference")).ToHaveTextAsync(duplicate);
        await handler.Locator($"[data-merge-into='{twin}']").ClickAsync();
        var dialog = handler.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync($"Merge {duplicate} into {twin}?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Merge into {twin}" }).ClickAsync();

        await Assertions.Expect(handler.Locator("#merged-into")).ToContainTextAsync($"Merged into {twin}");
        await Assertions.Expect(handler.Locator("#complaint-status")).ToHaveTextAsync("Closed");
        await DeskBrowser.ScreenshotAsync(handler, "merged-into");

        await handler.Locator("#merged-into-link").ClickAsync();
        await Assertions.Expect(handler.Locator("#complaint-reference")).ToHaveTextAsync(twin);
        await Assertions.Expect(handler.Locator($"#merged-from [data-merged-from='{duplicate}']")).ToBeVisibleAsync();
    }

    private static async Task<string> RegisterAsync(IPage page, string description, bool typeContact = true)
    {
        if (typeContact)
        {
            await page.Locator("#name").FillAsync("Selin Aydın");
            await page.Locator("#email").FillAsync(Email);
        }

        await page.Locator("#product").FillAsync("Kettle K-200");
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#register").ClickAsync();
        var created = page.Locator("#created-link");
        await Assertions.Expect(created).ToBeVisibleAsync();
        return (await created.InnerTextAsync()).Trim();
    }
}
