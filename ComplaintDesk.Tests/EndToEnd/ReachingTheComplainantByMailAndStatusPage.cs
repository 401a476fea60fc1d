using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Smtp;
using Microsoft.Playwright;
using MimeKit;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// The whole loop with a complainant, through a real SMTP server: a handler registers a complaint and acknowledges it in
/// the browser; the acknowledgement arrives with the status link; the complainant follows it on their phone, answers the
/// desk's question there (its paused clocks run again), reads the decision that also arrives by mail with the letter
/// the handler attached in the browser, takes the letter from the page too, and rejects the decision;
/// the complaint reopens a level up and the supervisor watching the alerts page sees it arrive.
/// </summary>
public sealed class ReachingTheComplainantByMailAndStatusPage(PublicDeskBrowser desk) : IClassFixture<PublicDeskBrowser>
{
    private const string Handler = "handler@demo.local";
    private const string Address = "selin.aydin@example.com";
    private const string Question = "Which shop did you buy the kettle from?";
    private const string Answer = "The Kadıköy shop, on 2 November.";
    private const string Decision = "We will send you a new kettle within five working days.";
    private const string Reason = "I asked for my money back, not another kettle.";
    private static readonly byte[] Letter = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 10, 42];

    [Fact]
    public async Task A_complaint_goes_from_intake_to_a_rejected_decision_with_each_message_arriving_and_the_supervisor_alerted()
    {
        var desktop = await desk.SignInAsync(Handler);
        var reference = await RegisterAsync(desktop);
        var handler = await DeskApi.SignInAsync(desk.App, Handler);
        await handler.MoveAsync(reference, "assign", new { assigneeEmail = Handler });
        await desktop.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(desktop);
        await AcknowledgeAsync(desktop);

        var acknowledgement = await TestSmtp.ReceivedAsync(reference, "We have received");
        Assert.Equal(Address, Assert.Single(acknowledgement.To.Mailboxes).Address);
        var link = Regex.Match(acknowledgement.TextBody ?? "", @"http://localhost:\d+/status/[A-Za-z0-9_-]{24}").Value;
        Assert.Equal(new Uri(desk.BaseUrl).Port, new Uri(link).Port);
        desk.App.Time.Advance(TimeSpan.FromSeconds(5)); // the complaint page looks at a message on its way this often
        await Assertions.Expect(desktop.Locator("#complaint-messages [data-message-state='Sent']")).ToHaveCountAsync(1);
        await DeskBrowser.ScreenshotAsync(desktop, "mail-acknowledgement-sent");

        var phone = await OpenOnAPhoneAsync(link);
        await Assertions.Expect(phone.Locator("#status-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(phone.Locator("#status-stage-name")).ToHaveTextAsync("Receipt confirmed");
        await DeskBrowser.ScreenshotAsync(phone, "mail-status-acknowledged");

        await handler.MoveAsync(reference, "assess", new { priority = "Medium", category = "General" });
        await handler.MoveAsync(reference, "investigate");
        await handler.MoveAsync(reference, "await-complainant", new { question = Question });
        Assert.Contains(Question, (await TestSmtp.ReceivedAsync(reference, "We need some information")).TextBody, StringComparison.Ordinal);
        Assert.All(OpenClocks(await handler.GetAsync(reference)), clock => Assert.True(clock["paused"]!.GetValue<bool>()));

        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#status-stage-name")).ToHaveTextAsync("Waiting for information from you");
        await Assertions.Expect(phone.Locator("#status-question")).ToHaveTextAsync(Question);
        await DeskBrowser.ScreenshotAsync(phone, "mail-status-awaiting");
        await phone.FillAsync("textarea[name=Information]", Answer);
        await phone.ClickAsync("#send-information");
        await Assertions.Expect(phone.Locator("#status-done")).ToContainTextAsync("Your information was added");
        await Assertions.Expect(phone.Locator("#status-stage-name")).ToHaveTextAsync("Being looked into");
        var resumed = await handler.GetAsync(reference);
        Assert.Equal("InInvestigation", resumed["status"]!.GetValue<string>());
        Assert.All(OpenClocks(resumed), clock => Assert.False(clock["paused"]!.GetValue<bool>()));
        Assert.Equal(Answer, resumed["timeline"]!.AsArray()[^1]!["text"]!.GetValue<string>());

        await handler.MoveAsync(reference, "propose-response", new { remedy = "Replacement", text = "Replace the kettle." });
        await CommunicateWithLetterAsync(desktop);
        var decided = await TestSmtp.ReceivedAsync(reference, "Our decision");
        Assert.Contains(Decision, decided.TextBody, StringComparison.Ordinal);
        var letter = Assert.Single(decided.Attachments.OfType<MimePart>());
        using (var sent = new MemoryStream())
        {
            await letter.Content!.DecodeToAsync(sent);
            Assert.Equal("decision-letter.pdf", letter.FileName);
            Assert.Equal(Letter, sent.ToArray());
        }

        var supervisor = await WatchRejectionsAsync();
        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#status-decision-text")).ToHaveTextAsync(Decision);
        var onThePage = phone.Locator("#status-decision-files a", new() { HasText = "decision-letter.pdf" });
        await Assertions.Expect(onThePage).ToBeVisibleAsync();
        var taken = await phone.RunAndWaitForDownloadAsync(() => onThePage.ClickAsync());
        Assert.Equal("decision-letter.pdf", taken.SuggestedFilename);
        Assert.Equal(Letter, await File.ReadAllBytesAsync((await taken.PathAsync())!));
        await DeskBrowser.ScreenshotAsync(phone, "mail-status-decided");
        await phone.FillAsync("textarea[name=Reason]", Reason);
        await phone.ClickAsync("#reject-decision");
        await Assertions.Expect(phone.Locator("#status-done")).ToContainTextAsync("Your complaint is reopened");

        var alert = supervisor.Locator($"tbody[data-group='{reference}']");
        await Assertions.Expect(alert.Locator("[data-kinds]")).ToHaveTextAsync("Decision rejected by the complainant");
        await Assertions.Expect(alert.Locator("[data-level]")).ToHaveTextAsync("Level 1");
        await DeskBrowser.ScreenshotAsync(supervisor, "mail-rejection-alert");
        var reopened = await handler.GetAsync(reference);
        Assert.Equal(("InInvestigation", 1), (reopened["status"]!.GetValue<string>(), reopened["escalationLevel"]!.GetValue<int>()));
    }

    // The handler sends the decision from the complaint page, with the letter that states it.
    private static async Task CommunicateWithLetterAsync(IPage page)
    {
        await page.ReloadAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-move='CommunicateDecision']").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator(".mud-select", new() { HasText = "Communicated through" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Email" }).First.ClickAsync();
        await dialog.Locator("#field-text").FillAsync(Decision);
        await dialog.Locator("#decision-files").SetInputFilesAsync(new FilePayload { Name = "decision-letter.pdf", MimeType = "application/pdf", Buffer = Letter });
        await Assertions.Expect(dialog.Locator("[data-chosen='Kept']")).ToHaveCountAsync(1);
        await DeskBrowser.ScreenshotAsync(page, "decision-with-letter");
        await dialog.Locator("#move-send").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    private static async Task<string> RegisterAsync(IPage page)
    {
        await page.GotoAsync("/complaints/new");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await page.Locator("#name").FillAsync("Selin Aydın");
        await page.Locator("#email").FillAsync(Address);
        await page.Locator("#product").FillAsync("Kettle K-200");
        await page.Locator("#description").FillAsync("The kettle's lid does not close.");
        await page.Locator("#register").ClickAsync();
        var created = page.Locator("#created-link");
        await Assertions.Expect(created).ToBeVisibleAsync();
        return (await created.InnerTextAsync()).Trim();
    }

    private static async Task AcknowledgeAsync(IPage page)
    {
        await page.Locator("[data-move='Acknowledge']").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("textarea").First.FillAsync("We have your complaint.");
        await dialog.Locator("#move-send").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenOnAPhoneAsync(string link)
    {
        var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "en-GB", IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        return page;
    }

    private async Task<IPage> WatchRejectionsAsync()
    {
        var page = await desk.SignInAsync("supervisor@demo.local");
        await page.GotoAsync("/alerts");
        await DeskBrowser.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#alerts")).ToHaveAttributeAsync("data-loaded", "true");
        await page.Locator("#alerts-kind").SelectOptionAsync(nameof(AlertTrigger.Rejected));
        return page;
    }

    private static IEnumerable<JsonNode> OpenClocks(JsonObject complaint) =>
        complaint["clocks"]!.AsArray().Where(c => c!["stoppedAt"] is null).Select(c => c!);
}
