using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium, headless, as the browser tests and the live benchmark both run it: never a downloaded
/// browser, and no background traffic of its own on a machine without internet.
/// </summary>
internal static class DeskChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/lib/chromium/chromium",
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    });
}
