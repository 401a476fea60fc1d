using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A person picks Türkçe in their menu and the whole desk speaks it (queue, a complaint, the alerts, monitoring),
/// until they pick English again; the browser asks for English all along.
/// </summary>
public sealed class SwitchingLanguageInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task The_desk_speaks_the_language_picked_in_the_persons_menu()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Queue");

        await ChooseAsync(page, "tr-TR");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kuyruk");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "tr-TR");
        await DeskBrowser.ScreenshotAsync(page, "language-tr-queue");
        await page.Locator("#queue a.desk-reference").First.ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-clocks")).ToContainTextAsync("Süreler");
        await DeskBrowser.ScreenshotAsync(page, "language-tr-complaint");
        await ShowAsync(page, "/alerts", "Uyarılar", "language-tr-alerts");
        await ShowAsync(page, "/monitoring", "İzleme", "language-tr-monitoring");

        await ChooseAsync(page, "en");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Monitoring");
    }

    private static async Task ChooseAsync(IPage page, string culture)
    {
        await page.Locator("#signed-in-user button").First.ClickAsync();
        await page.Locator($"#language-choice button[value='{culture}']").ClickAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);
    }

    private static async Task ShowAsync(IPage page, string path, string heading, string screenshot)
    {
        await page.GotoAsync(path);
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await DeskBrowser.ScreenshotAsync(page, screenshot);
    }
}
