using System.Text.Json.Nodes;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A complaint that came by e-mail with a photo: the supervisor finds the photo under the complainant's words and opens
/// it in a new tab; the quality manager, who may not see personal data, reads only that a file came.
/// </summary>
public sealed class OpeningAComplainantsFileInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    // The smallest whole PNG: one transparent pixel.
    private static readonly byte[] _photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task The_supervisor_opens_the_photo_from_the_timeline_and_the_quality_manager_sees_only_that_it_came()
    {
        var reference = await RegisteredByMailAsync();
        var supervisor = await desk.SignInAsync("supervisor@demo.local");
        await supervisor.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(supervisor);

        var link = supervisor.Locator("#complaint-timeline .desk-attachments a", new() { HasText = "kettle-base.png" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(supervisor, "complaint-timeline-attachment");
        var opened = await supervisor.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await opened.WaitForLoadStateAsync();
        Assert.Contains($"/api/v1/complaints/{reference}/attachments/", opened.Url, StringComparison.Ordinal);
        Assert.Equal(1, await opened.Locator("img").CountAsync());
        var photo = await opened.APIRequest.GetAsync(opened.Url);
        Assert.Equal("image/png", photo.Headers["content-type"]);
        Assert.Equal(_photo, await photo.BodyAsync());

        var quality = await desk.SignInAsync("quality@demo.local");
        await quality.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(quality);
        var hidden = quality.Locator("#complaint-timeline .desk-attachments li");
        await Assertions.Expect(hidden).ToContainTextAsync("A file (personal data)");
        await Assertions.Expect(hidden.Locator("a")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_handler_attaches_a_scanned_letter_to_a_note_and_it_lists_under_the_note()
    {
        var reference = await RegisteredByMailAsync();
        var handler = await desk.SignInAsync("handler@demo.local");
        await handler.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(handler);

        await handler.ClickAsync("[data-move='Note']");
        await handler.Locator(".mud-dialog textarea").FillAsync("The complainant's letter, scanned.");
        await handler.SetInputFilesAsync("#note-files", [
            new FilePayload { Name = "letter-scan.pdf", MimeType = "application/pdf", Buffer = Scan },
            new FilePayload { Name = "film.mp4", MimeType = "video/mp4", Buffer = new byte[(10 * 1024 * 1024) + 1] },
        ]);
        await Assertions.Expect(handler.Locator("[data-chosen]")).ToHaveCountAsync(2);
        await Assertions.Expect(handler.Locator("[data-chosen='TooLarge']")).ToContainTextAsync("not attached");
        await DeskBrowser.ScreenshotAsync(handler, "note-dialog-files");
        await handler.ClickAsync("#move-send");

        var attached = handler.Locator("#complaint-timeline .desk-attachments a", new() { HasText = "letter-scan.pdf" });
        await Assertions.Expect(attached).ToBeVisibleAsync();
        await Assertions.Expect(handler.Locator("#complaint-timeline .desk-attachments li", new() { HasText = "film.mp4" })).ToHaveCountAsync(0);
        var download = await handler.RunAndWaitForDownloadAsync(() => attached.ClickAsync());
        Assert.Equal("letter-scan.pdf", download.SuggestedFilename);
        Assert.Equal(Scan, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task A_complainant_sends_photos_larger_together_than_a_plain_request_may_be_and_all_are_kept()
    {
        var page = await (await desk.NewContextAsync()).NewPageAsync();
        await page.GotoAsync("/complain");
        await page.GetByLabel("Your name").FillAsync("Selin Aydın");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("selin.aydin@example.com");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Email" }).CheckAsync();
        await page.GetByLabel("Product or service it is about").FillAsync("Kettle K-300");
        await page.GetByLabel("What happened?").FillAsync("It leaks; four photos attached.");
        // 32 MB in all, past the server's own 30 MB; files on disk, as a phone's photos are, reach the browser by their path.
        var folder = Directory.CreateTempSubdirectory("complaint-photos-");
        var photos = Enumerable.Range(1, 4).Select(n => Path.Combine(folder.FullName, $"photo-{n}.jpg")).ToList();
        photos.ForEach(path => File.WriteAllBytes(path, new byte[8 * 1024 * 1024]));
        await page.SetInputFilesAsync("#complaint-files", photos);
        await page.ClickAsync("#send-complaint");

        await Assertions.Expect(page.Locator("#status-done")).ToBeVisibleAsync();
        folder.Delete(recursive: true);
        var reference = await page.Locator("#status-reference").InnerTextAsync();
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var files = (await handler.GetAsync(reference))["timeline"]!.AsArray()[0]!["attachments"]!.AsArray();
        Assert.Equal(["Kept", "Kept", "Kept", "Kept"], files.Select(f => f!["state"]!.GetValue<string>()));
    }

    // A scan big enough to cross the circuit in many pieces, each byte telling where it belongs.
    private static byte[] Scan { get; } = [.. Enumerable.Range(0, 300 * 1024).Select(i => (byte)(i % 251))];

    private async Task<string> RegisteredByMailAsync()
    {
        // Each complaint its own product name, found again by it.
        var product = $"Kettle {Guid.NewGuid():N}";
        var message = IncomingMails.Message(product, "The base cracked on the first day; photo attached.");
        var body = new BodyBuilder { TextBody = "The base cracked on the first day; photo attached." };
        body.Attachments.Add("kettle-base.png", _photo, ContentType.Parse("image/png"));
        message.Body = body.ToMessageBody();
        var intake = desk.App.Services.GetRequiredService<MailIntake>();
        Assert.Equal(IntakeOutcome.Registered, await intake.TakeAsync(message, CancellationToken.None));
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var found = await handler.Http.GetStringAsync(new Uri($"/api/v1/complaints?q={product[7..]}", UriKind.Relative));
        return JsonNode.Parse(found)!["items"]![0]!["reference"]!.GetValue<string>();
    }
}
