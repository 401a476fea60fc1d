using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Tests.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// <c>GET /api/v1/complaints/{reference}/attachments/{id}</c>: a file the complainant sent, for roles that see personal
/// data, reached from the timeline's <c>attachments</c>; a picture opens in place, anything else is only saved.
/// </summary>
public sealed class TakingAComplainantsFileOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static readonly byte[] _photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A];
    private static readonly byte[] _page = "<script>alert(1)</script>"u8.ToArray();

    [Fact]
    public async Task The_timeline_links_each_kept_file_and_the_link_answers_it_a_picture_in_place_a_page_only_saved()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var files = await FilesAsync(supervisor, await RegisteredAsync());

        Assert.Equal(["kettle.png", "notes.html"], files.Select(f => f["fileName"]!.GetValue<string>()));
        Assert.Equal(["Kept", "Kept"], files.Select(f => f["state"]!.GetValue<string>()));
        var photo = await supervisor.Http.GetAsync(files[0]["url"]!.GetValue<string>());
        var page = await supervisor.Http.GetAsync(files[1]["url"]!.GetValue<string>());

        Assert.Equal((HttpStatusCode.OK, "image/png", "inline"), (photo.StatusCode, photo.Content.Headers.ContentType!.MediaType, photo.Content.Headers.ContentDisposition!.DispositionType));
        Assert.Equal(_photo, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(("attachment", "notes.html"), (page.Content.Headers.ContentDisposition!.DispositionType, page.Content.Headers.ContentDisposition.FileNameStar));
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_role_that_may_not_see_personal_data_gets_no_name_no_link_and_403_for_the_file()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var reference = await RegisteredAsync();
        var url = (await FilesAsync(supervisor, reference))[0]["url"]!.GetValue<string>();

        var shown = await FilesAsync(quality, reference);
        var response = await quality.Http.GetAsync(url);

        Assert.All(shown, f => Assert.Equal((null, null, "Kept"), (f["fileName"]?.GetValue<string>(), f["url"]?.GetValue<string>(), f["state"]!.GetValue<string>())));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_file_number_the_complaint_does_not_have_is_404()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await RegisteredAsync();

        var response = await supervisor.Http.GetAsync($"/api/v1/complaints/{reference}/attachments/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<JsonNode>> FilesAsync(DeskApi reader, string reference) =>
        [.. (await reader.GetAsync(reference))["timeline"]!.AsArray().SelectMany(e => e!["attachments"]!.AsArray()).Select(f => f!)];

    // A complaint registered from an e-mail with a photo and a page of HTML attached, as the mailbox would deliver it.
    private async Task<string> RegisteredAsync()
    {
        var mark = Guid.NewGuid().ToString("N");
        var message = IncomingMails.Message($"Broken kettle {mark}", "It broke.");
        var body = new BodyBuilder { TextBody = "It broke." };
        body.Attachments.Add("kettle.png", _photo, ContentType.Parse("image/png"));
        body.Attachments.Add("notes.html", _page, ContentType.Parse("text/html"));
        message.Body = body.ToMessageBody();
        Assert.Equal(IntakeOutcome.Registered, await factory.Services.GetRequiredService<MailIntake>().TakeAsync(message, CancellationToken.None));
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var list = await handler.Http.GetFromJsonAsync<JsonObject>($"/api/v1/complaints?q={mark}");
        return list!["items"]![0]!["reference"]!.GetValue<string>();
    }
}
