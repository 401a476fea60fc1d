using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class WorkingAComplaintInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Hostile = "The kettle leaks. <script>alert('pwned')</script> <b>bold?</b>";

    [Fact]
    public async Task A_handler_registers_takes_and_walks_a_complaint_to_closed_while_a_colleague_watches_the_queue()
    {
        var handler = await desk.SignInAsync("handler@demo.local");
        var colleague = await desk.SignInAsync("handler2@demo.local");
        var alerts = 0;
        handler.Dialog += (_, dialog) => { alerts++; _ = dialog.DismissAsync(); };
        await ShowScopeAsync(colleague, "Unassigned");

        var reference = await RegisterAsync(handler);

        // The colleague's queue shows the new complaint without a reload…
        await Assertions.Expect(Row(colleague, reference)).ToBeVisibleAsync();

        await handler.GotoAsync("/queue");
        await DeskBrowser.WaitUntilInteractiveAsync(handler);
        await ShowScopeAsync(handler, "Unassigned");
        await handler.Locator($"[data-take='{reference}']").ClickAsync();
        await Assertions.Expect(handler.Locator($"[data-take='{reference}']")).ToHaveCountAsync(0);

        // …and drops it once it is taken.
        await Assertions.Expect(Row(colleague, reference)).ToHaveCountAsync(0);

        await ShowScopeAsync(handler, "My complaints");
        await handler.Locator($"a[href='/complaints/{reference}']").ClickAsync();
        await Assertions.Expect(handler.Locator("#complaint-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(handler.Locator("#complaint-description")).ToHaveTextAsync(Hostile);

        await MoveAsync(handler, "Acknowledge", async dialog => await dialog.Locator("textarea").First.FillAsync("We have your complaint."));
        await MoveAsync(handler, "Assess", async dialog =>
        {
            await ChooseAsync(handler, dialog, "Priority", "High");
            await ChooseAsync(handler, dialog, "Category", "Product quality");
        });
        await MoveAsync(handler, "Investigate", _ => Task.CompletedTask);
        await MoveAsync(handler, "ProposeResponse", async dialog =>
        {
            await ChooseAsync(handler, dialog, "Remedy", "Replacement");
            await dialog.Locator("textarea").First.FillAsync("We replace the kettle.");
        });
        await MoveAsync(handler, "CommunicateDecision", _ => Task.CompletedTask);
        await MoveAsync(handler, "Close", dialog => dialog.GetByText("The complainant accepted the decision").ClickAsync());

        await Assertions.Expect(handler.Locator("#complaint-status")).ToHaveTextAsync("Closed");
        await MoveAsync(handler, "RecordSatisfaction", dialog => dialog.GetByText("4 · Satisfied").ClickAsync());
        await Assertions.Expect(handler.Locator("[data-move]")).ToHaveCountAsync(2);
        await Assertions.Expect(handler.Locator("[data-move='Note']")).ToBeVisibleAsync();
        await Assertions.Expect(handler.Locator("[data-move='RecordRootCause']")).ToBeVisibleAsync();
        await Assertions.Expect(handler.Locator("#complaint-timeline")).ToContainTextAsync("Satisfaction recorded: 4/5");
        Assert.Equal(0, alerts);
        await DeskBrowser.ScreenshotAsync(handler, "complaint-closed");
        await ShowScopeAsync(colleague, "All open");
        await DeskBrowser.ScreenshotAsync(colleague, "queue-colleague");
    }

    private static ILocator Row(IPage page, string reference) => page.Locator("tr", new() { Has = page.Locator($"a[href='/complaints/{reference}']") });

    private static Task ShowScopeAsync(IPage page, string label) =>
        DeskBrowser.ShowScopeAsync(page, label, label switch { "My complaints" => "Mine", "All open" => "AllOpen", _ => label });

    private static async Task<string> RegisterAsync(IPage page)
    {
        await page.GotoAsync("/complaints/new");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await page.Locator("#name").FillAsync("Deniz Arslan");
        await page.Locator("#email").FillAsync("deniz@example.com");
        await page.Locator("#phone").FillAsync("+90 532 111 22 33");
        await page.Locator("#product").FillAsync("Kettle K-200");
        await page.Locator("#description").FillAsync(Hostile);
        await page.Locator("#register").ClickAsync();
        var created = page.Locator("#created-link");
        await Assertions.Expect(created).ToBeVisibleAsync();
        return (await created.InnerTextAsync()).Trim();
    }

    private static async Task MoveAsync(IPage page, string move, Func<ILocator, Task> fill)
    {
        await page.Locator($"[data-move='{move}']").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await fill(dialog);
        await dialog.Locator("#move-send").ClickAsync();
        try
        {
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            var problem = await dialog.Locator("#move-problem").AllInnerTextsAsync();
            Assert.Fail($"The {move} dialog stayed open: {string.Join(" ", problem)}");
        }
    }

    private static async Task ChooseAsync(IPage page, ILocator dialog, string label, string option)
    {
        await dialog.Locator(".mud-select", new() { HasText = label }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
    }
}
