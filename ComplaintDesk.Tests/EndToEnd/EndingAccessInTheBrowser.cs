using ComplaintDesk.Tests.Integration;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class EndingAccessInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task Signing_out_ends_the_session_so_its_old_cookie_opens_only_the_sign_in_page()
    {
        var page = await desk.SignInAsync("handler@demo.local");
        var copied = await CopyCookiesAsync(page);
        var replay = await copied.NewPageAsync();
        await replay.GotoAsync("/");
        Assert.DoesNotContain("/login", replay.Url, StringComparison.Ordinal);

        await page.Locator("#signed-in-user").ClickAsync();
        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync("**/login");

        await replay.GotoAsync("/");
        Assert.Contains("/login", replay.Url, StringComparison.Ordinal);
        await Assertions.Expect(replay.Locator("input[name=email]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_deactivated_persons_open_page_turns_into_the_sign_in_page_within_a_minute()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await DeskBrowser.WaitUntilLiveAsync(page);

        await AccountChanges.DeactivateAsync(desk.App, "supervisor@demo.local");
        desk.App.Time.Advance(TimeSpan.FromSeconds(60));

        await page.WaitForURLAsync("**/login?**");
        await Assertions.Expect(page.Locator("input[name=email]")).ToBeVisibleAsync();
    }

    /// <summary>A second browser holding the same cookies, as someone who copied them would.</summary>
    private async Task<IBrowserContext> CopyCookiesAsync(IPage page)
    {
        var cookies = await page.Context.CookiesAsync();
        var copy = await desk.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = desk.BaseUrl });
        await copy.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        return copy;
    }
}
