using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class SigningInToTheDesk(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_the_sign_in_page_and_back_after_signing_in()
    {
        var context = await desk.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/queue");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("input[name=email]", "handler@demo.local");
        await page.FillAsync("input[name=password]", "wrong password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("not right", await page.Locator("#login-error").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("input[name=password]", Integration.DeskApi.Password);
        await page.ClickAsync("button[type=submit]");
        await DeskBrowser.WaitUntilInteractiveAsync(page);

        Assert.EndsWith("/queue", page.Url, StringComparison.Ordinal);
        Assert.Contains("Ayşe Yılmaz", await page.Locator("#signed-in-user").InnerTextAsync(), StringComparison.Ordinal);
        await DeskBrowser.ScreenshotAsync(page, "queue-handler");
    }

    [Fact]
    public async Task Too_many_wrong_passwords_lock_the_account_with_a_message_that_says_so()
    {
        var context = await desk.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await page.FillAsync("input[name=email]", "admin@demo.local");
            await page.FillAsync("input[name=password]", "wrong password");
            await page.ClickAsync("button[type=submit]");
        }

        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("locked");
        await page.FillAsync("input[name=password]", Integration.DeskApi.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("locked");
    }
}
