using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>Debian's Chromium, headless, with the flags the desk's browser tests run it with on this machine kind.</summary>
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
