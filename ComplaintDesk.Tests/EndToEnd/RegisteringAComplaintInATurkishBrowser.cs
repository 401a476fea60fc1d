using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A handler whose browser asks for Turkish and who never chose a language fills in the intake form in Turkish, sees
/// Core's field errors and the confirmation in Turkish, then a fresh form; the form is kept as a screenshot at each step.
/// </summary>
public sealed class RegisteringAComplaintInATurkishBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task The_intake_form_its_errors_and_its_confirmation_read_in_Turkish()
    {
        var page = await OpenFormAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yeni şikâyet");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bize nasıl ulaştı");
        await DeskBrowser.ScreenshotAsync(page, "new-complaint-tr");

        await page.GetByLabel("Alınma tarihini takvimden seçin").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-picker-calendar-header")).ToContainTextAsync("Kasım 2026");
        await DeskBrowser.ScreenshotAsync(page, "new-complaint-tr-calendar");
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("#register").ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("kırmızıyla işaretli");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Şikâyetçinin adını girin.");
        await DeskBrowser.ScreenshotAsync(page, "new-complaint-tr-errors");

        await page.Locator("#name").FillAsync("Deniz Arslan");
        await page.Locator("#email").FillAsync("deniz@example.com");
        await page.Locator("#product").FillAsync("Kettle K-200");
        await page.Locator("#description").FillAsync("Kettle'ın kapağı kapanmıyor.");
        await page.Locator("#register").ClickAsync();

        await Assertions.Expect(page.Locator("#created-alert")).ToContainTextAsync("numarasıyla kaydedildi. Bu numarayı şikâyetçiye iletin.");
        await Assertions.Expect(page.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(page, "new-complaint-tr-registered");
    }

    private async Task<IPage> OpenFormAsync()
    {
        var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = desk.BaseUrl, Locale = "tr-TR", ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = desk.App.Time.GetUtcNow().UtcDateTime });
        var page = await DeskBrowser.SignInAsync(context, "handler@demo.local");
        await page.GotoAsync("/complaints/new");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        return page;
    }
}
