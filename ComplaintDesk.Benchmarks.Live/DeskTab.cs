using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>What every benchmark tab does first: a browser context of its own, signed in as a demo person.</summary>
internal static class DeskTab
{
    // Two shared cores run the desk, fifty tabs and other people's work: give each step room.
    private const float Patience = 120_000;

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            // The tab finds its way by the English words on the screen.
            Locale = "en-US",
        });
        context.SetDefaultTimeout(Patience);
        return context;
    }

    /// <summary>Signs in and waits until the circuit of the page the desk sends the person to has taken over.</summary>
    public static async Task SignInAsync(IPage page, string email, string? returnPath = null)
    {
        await page.GotoAsync(returnPath is null ? "/login" : $"/login?ReturnUrl={Uri.EscapeDataString(returnPath)}");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", DeskSession.Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#desk-interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Waits until the page's hub connection is up and the page has read again what it shows.</summary>
    public static Task HubLiveAsync(IPage page) =>
        page.Locator("html[data-desk-hub='live']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
