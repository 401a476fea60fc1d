using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A person picks Türkçe in their menu and the whole desk speaks it (queue, a complaint, the alerts, monitoring),
/// then picks English and it speaks English again; the browser asks for English all along. Each page is kept as a
/// screenshot per language.
/// </summary>
public sealed class SwitchingLanguageInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private static readonly Words _turkish = new(
        "tr-TR", "tr", ["Kuyruk", "Atanan", "Öncelik", "Sıradaki süre"], ["Süreler", "Ürün veya hizmet", "Şikâyetçinin istediği"],
        ["Uyarılar", "Uyarısı olan şikâyetler, en acil olan önce"], ["İzleme", "Yeniden oku"]);

    private static readonly Words _english = new(
        "en", "en", ["Queue", "Assignee", "Priority", "Next due"], ["Clocks", "Product or service", "What the complainant wants"],
        ["Alerts", "Complaints with alerts, most urgent first"], ["Monitoring", "Read again"]);

    [Fact]
    public async Task The_desk_speaks_the_language_picked_in_the_persons_menu()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Queue");

        foreach (var words in new[] { _turkish, _english })
        {
            await ChooseAsync(page, words.Culture);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Culture);

            await ShowAsync(page, "/", words.Queue, $"language-{words.Name}-queue");
            await page.Locator("#queue a.desk-reference").First.ClickAsync();
            await Assertions.Expect(page.Locator("#complaint-clocks")).ToBeVisibleAsync();
            await ExpectWordsAsync(page, words.Complaint);
            await DeskBrowser.ScreenshotAsync(page, $"language-{words.Name}-complaint");
            await ShowAsync(page, "/alerts", words.Alerts, $"language-{words.Name}-alerts");
            await ShowAsync(page, "/monitoring", words.Monitoring, $"language-{words.Name}-monitoring");
        }
    }

    private static async Task ChooseAsync(IPage page, string culture)
    {
        await page.Locator("#signed-in-user button").First.ClickAsync();
        await page.Locator($"#language-choice button[value='{culture}']").ClickAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);
    }

    private static async Task ShowAsync(IPage page, string path, string[] words, string screenshot)
    {
        await page.GotoAsync(path);
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(words[0]);
        await ExpectWordsAsync(page, words);
        await DeskBrowser.ScreenshotAsync(page, screenshot);
    }

    private static async Task ExpectWordsAsync(IPage page, string[] words)
    {
        foreach (var word in words)
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(word);
        }
    }

    /// <summary>Words each page shows in one language; the first of a page's words is its heading.</summary>
    private sealed record Words(string Culture, string Name, string[] Queue, string[] Complaint, string[] Alerts, string[] Monitoring);
}
