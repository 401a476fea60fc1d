using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A supervisor finds the complaint's status link on the complaint page, copies it with one button (a script the
/// Content-Security-Policy allows), and the copied link, at the desk's public address, opens the complainant's page.
/// </summary>
public sealed class CopyingTheStatusLinkOnTheComplaintPage(PublicDeskBrowser desk) : IClassFixture<PublicDeskBrowser>
{
    [Fact]
    public async Task The_copied_link_opens_the_complainants_page()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var reference = await page.Locator("a[href^='/complaints/CMP-']").First.GetAttributeAsync("href");
        await page.GotoAsync(reference!);
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        var shown = await page.Locator("#status-link-panel input").InputValueAsync();
        Assert.Matches($@"^http://localhost:{new Uri(desk.BaseUrl).Port}/status/[A-Za-z0-9_-]{{24}}$", shown);

        await page.ClickAsync("#copy-status-link");

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Status link copied.");
        Assert.Equal(shown, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await DeskBrowser.ScreenshotAsync(page, "complaint-status-link");
        var complainant = await (await desk.NewContextAsync(new ViewportSize { Width = 390, Height = 844 })).NewPageAsync();
        await complainant.GotoAsync(shown);
        await Assertions.Expect(complainant.Locator("#status-reference")).ToHaveTextAsync(reference!["/complaints/".Length..]);
    }
}
