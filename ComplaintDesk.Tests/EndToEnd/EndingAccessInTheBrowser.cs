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
        await AdvanceTheDeskClockUntilSignedOutAsync(page, TimeSpan.FromMinutes(1));

        Assert.Contains("/login?", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("input[name=email]")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The circuit's check waits on the desk's clock from a moment the browser cannot see, so the clock moves in
    /// small steps: a step taken before that wait began would otherwise be lost, and the minute is still the bound.
    /// </summary>
    private async Task AdvanceTheDeskClockUntilSignedOutAsync(IPage page, TimeSpan bound)
    {
        var step = TimeSpan.FromSeconds(5);
        for (var moved = TimeSpan.Zero; moved < bound && !page.Url.Contains("/login?", StringComparison.Ordinal); moved += step)
        {
            desk.App.Time.Advance(step);
            await page.WaitForTimeoutAsync(250);
        }

        await page.WaitForURLAsync("**/login?**", new PageWaitForURLOptions { Timeout = 10_000 });
    }

    /// <summary>A second browser holding the same cookies, as someone who copied them would.</summary>
    private async Task<IBrowserContext> CopyCookiesAsync(IPage page)
    {
        var cookies = await page.Context.CookiesAsync();
        var copy = await desk.NewContextAsync();
        await copy.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        return copy;
    }
}
