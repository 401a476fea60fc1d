using ComplaintDesk.Tests.Failover;
using ComplaintDesk.Tests.Integration;
using Microsoft.Playwright;
using MimeKit;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// An administrator rewords the acknowledgement on the templates page, watching the preview fill in, saves it, and the
/// next acknowledgement leaves the desk in those words.
/// </summary>
public sealed class RewordingAMessageInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Subject = "Rewritten: {reference}";
    private const string Body = "Hello {name}! Your complaint {reference} is with us. Expect our decision by {decisionExpectedBy}.\n{statusLink}\n";

    [Fact]
    public async Task The_saved_words_are_the_ones_the_next_acknowledgement_sends()
    {
        var admin = await desk.SignInAsync("admin@demo.local");
        await admin.Locator(".mud-navmenu a[href='/admin/templates']").ClickAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(admin);
        await admin.Locator("tr[data-template='Mail-Acknowledgement-en'] [data-edit]").ClickAsync();

        await admin.Locator("#template-subject").FillAsync(Subject);
        await admin.Locator("#template-body").FillAsync(Body);

        await Assertions.Expect(admin.Locator("#template-preview-subject")).ToHaveTextAsync("Rewritten: CMP-2026-000042");
        await Assertions.Expect(admin.Locator("#template-preview-body")).ToContainTextAsync("Hello Ayşe Yılmaz! Your complaint CMP-2026-000042 is with us.");
        await DeskBrowser.ScreenshotAsync(admin, "templates-editor");
        await admin.Locator("#template-save").ClickAsync();
        await Assertions.Expect(admin.Locator("tr[data-template='Mail-Acknowledgement-en']")).ToContainTextAsync("Changed");

        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });

        var sent = await RealTimeWait.UntilAsync<MimeMessage?>(() => FindAsync(reference), message => message is not null);
        Assert.Equal($"Rewritten: {reference}", sent!.Subject);
        Assert.StartsWith($"Hello Ali Veli! Your complaint {reference} is with us. Expect our decision by ", sent.TextBody, StringComparison.Ordinal);
    }

    private async Task<MimeMessage?> FindAsync(string reference)
    {
        if (!Directory.Exists(desk.App.MailFolder))
        {
            return null;
        }

        foreach (var file in Directory.GetFiles(desk.App.MailFolder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Headers["X-ComplaintDesk-Reference"] == reference)
            {
                return message;
            }
        }

        return null;
    }
}
