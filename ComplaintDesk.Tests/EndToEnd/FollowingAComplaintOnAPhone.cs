using System.Text.Json.Nodes;
using ComplaintDesk.Tests.StatusPage;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A complainant with only their status link, on a 390×844 phone: the page speaks their browser's language, fits the
/// screen, switches to English on request, takes their information, their answer to the decision and how satisfied they
/// are, and confirms each.
/// </summary>
public sealed class FollowingAComplaintOnAPhone(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_complainant_adds_information_switches_to_English_and_rejects_the_decision()
    {
        var (handler, reference, token) = await new Complainant(desk.App).ComplaintAsync("awaiting");
        await using var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = desk.BaseUrl, ViewportSize = Phone, Locale = "tr-TR", IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var policyViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                policyViolations.Add(message.Text);
            }
        };
        var axe = new AxeFindings();

        await page.GotoAsync($"/status/{token}");
        await Assertions.Expect(page.Locator("#status-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(page.Locator("#status-stage-name")).ToHaveTextAsync("Sizden bilgi bekleniyor");
        await AssertFitsAsync(page);
        await axe.CheckAsync(page, "awaiting");
        await axe.CheckOutlineAsync(page, "awaiting");
        await DeskBrowser.ScreenshotAsync(page, "status-phone-awaiting-tr");

        await page.FillAsync("textarea[name=Information]", "Kadıköy mağazasından aldım.\nFiş ektedir.");
        await page.SetInputFilesAsync("#information-files", new FilePayload { Name = "fiş.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xD9] });
        await page.ClickAsync("#send-information");
        await Assertions.Expect(page.Locator("#status-done")).ToContainTextAsync("Bilginiz şikâyetinize eklendi");
        await Assertions.Expect(page.Locator("#status-stage-name")).ToHaveTextAsync("İnceleniyor");
        await DeskBrowser.ScreenshotAsync(page, "status-phone-information-tr");
        Assert.Equal(["fiş.jpg"], AttachedTo(await handler.GetAsync(reference), "ComplainantInformation"));

        await handler.MoveAsync(reference, "propose-response", new { remedy = "Replacement", text = "We replace the kettle." });
        await handler.MoveAsync(reference, "communicate-decision", new { channel = "Email", text = "We will send you a new kettle within five working days." });
        await page.ClickAsync("#status-languages button[lang=en]");
        await Assertions.Expect(page.Locator("#status-stage-name")).ToHaveTextAsync("Decision sent");
        await Assertions.Expect(page.Locator("#status-decision-text")).ToHaveTextAsync("We will send you a new kettle within five working days.");
        await AssertFitsAsync(page);
        await axe.CheckAsync(page, "decided");
        await DeskBrowser.ScreenshotAsync(page, "status-phone-decided-en");

        await page.FillAsync("textarea[name=Reason]", "I asked for a refund, not another kettle.");
        await page.ClickAsync("#reject-decision");
        await Assertions.Expect(page.Locator("#status-done")).ToContainTextAsync("Your complaint is reopened");
        await Assertions.Expect(page.Locator("#status-stage-name")).ToHaveTextAsync("Being looked into");
        await DeskBrowser.ScreenshotAsync(page, "status-phone-rejected-en");

        var reopened = await handler.GetAsync(reference);
        Assert.Equal(("InInvestigation", 1), (reopened["status"]!.GetValue<string>(), reopened["escalationLevel"]!.GetValue<int>()));
        Assert.False(axe.Any, axe.ToString());
        Assert.Empty(policyViolations);
    }

    [Fact]
    public async Task A_complainant_accepts_the_decision_and_says_how_satisfied_they_are()
    {
        var (handler, reference, token) = await new Complainant(desk.App).ComplaintAsync("decided");
        await using var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = desk.BaseUrl, ViewportSize = Phone, Locale = "tr-TR", IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var axe = new AxeFindings();
        await page.GotoAsync($"/status/{token}");
        await Assertions.Expect(page.Locator("#status-closes-without-reply")).ToContainTextAsync("Sizden yanıt alamazsak");
        await Assertions.Expect(page.Locator("#status-satisfaction")).ToHaveCountAsync(0);

        await page.ClickAsync("#accept-decision");
        await Assertions.Expect(page.Locator("#status-done")).ToContainTextAsync("Kararımızı kabul ettiniz");
        await Assertions.Expect(page.Locator("#status-satisfaction")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await axe.CheckAsync(page, "closed, asking for satisfaction");
        await DeskBrowser.ScreenshotAsync(page, "status-phone-satisfaction-tr");
        await page.GetByRole(AriaRole.Radio, new() { Name = "4 Memnunum", Exact = true }).CheckAsync();
        await page.FillAsync("textarea[name=Comment]", "Geç oldu ama çözüldü.");
        await page.ClickAsync("#send-satisfaction");

        await Assertions.Expect(page.Locator("#status-done")).ToContainTextAsync("Görüşünüzü bildirdiğiniz için teşekkür ederiz");
        await Assertions.Expect(page.Locator("#status-rated")).ToContainTextAsync("5 üzerinden 4");
        await Assertions.Expect(page.Locator("#status-satisfaction")).ToHaveCountAsync(0);
        var closed = await handler.GetAsync(reference);
        Assert.Equal((4, "Geç oldu ama çözüldü."), (closed["satisfaction"]!.GetValue<int>(), closed["satisfactionComment"]!.GetValue<string>()));
        Assert.False(axe.Any, axe.ToString());
    }

    [Fact]
    public async Task A_complainant_sends_a_complaint_on_the_public_form_and_lands_on_its_status_page()
    {
        await using var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = desk.BaseUrl, ViewportSize = Phone, Locale = "tr-TR", IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var axe = new AxeFindings();
        await page.GotoAsync("/complain");
        await Assertions.Expect(page.Locator("#intake-heading")).ToHaveTextAsync("Şikâyette bulunun");

        await page.GetByLabel("Adınız").FillAsync("Zeynep Aydın");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Telefon" }).FillAsync("12");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Telefon" }).CheckAsync();
        await page.GetByLabel("İlgili ürün ya da hizmet").FillAsync("Su ısıtıcısı K-300");
        await page.GetByLabel("Ne oldu?").FillAsync("Tabanından su sızdırıyor.");
        await page.ClickAsync("#send-complaint");

        // The desk's own rules refuse what the browser let through, and keep every word typed.
        await Assertions.Expect(page.Locator("#error-complainant-phone")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Ne oldu?")).ToHaveValueAsync("Tabanından su sızdırıyor.");
        await AssertFitsAsync(page);
        await axe.CheckAsync(page, "public form refused");
        await DeskBrowser.ScreenshotAsync(page, "public-form-refused-tr");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Telefon" }).FillAsync("+90 532 444 55 66");
        await page.SetInputFilesAsync("#complaint-files", [
            new FilePayload { Name = "sızıntı.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47] },
            new FilePayload { Name = "fatura.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() },
        ]);
        await page.ClickAsync("#send-complaint");

        await Assertions.Expect(page.Locator("#status-done")).ToContainTextAsync("şikâyetiniz kaydedildi");
        await Assertions.Expect(page.Locator("#status-stage-name")).ToHaveTextAsync("Alındı");
        var reference = await page.Locator("#status-reference").InnerTextAsync();
        await DeskBrowser.ScreenshotAsync(page, "public-form-registered-tr");
        var handler = await Integration.DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var registered = await handler.GetAsync(reference);
        Assert.Equal(("Web", "Tabanından su sızdırıyor."), (registered["channel"]!.GetValue<string>(), registered["description"]!.GetValue<string>()));
        Assert.Equal(["sızıntı.png", "fatura.pdf"], AttachedTo(registered, "Receive"));
        Assert.False(axe.Any, axe.ToString());
    }

    // The names of the files kept with the complaint's latest event of this kind.
    private static string[] AttachedTo(JsonObject complaint, string kind) =>
        [.. complaint["timeline"]!.AsArray().Last(e => e!["kind"]!.GetValue<string>() == kind)!["attachments"]!.AsArray()
            .Select(f => f!["fileName"]!.GetValue<string>())];

    // Nothing wider than the phone: no sideways scrolling to read a date or press a button.
    private static async Task AssertFitsAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
}
