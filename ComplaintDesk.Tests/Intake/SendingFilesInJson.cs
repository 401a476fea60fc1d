using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Integration.ApiKeys;
using ComplaintDesk.Tests.StatusPage;

namespace ComplaintDesk.Tests.Intake;

/// <summary>
/// The JSON intake routes take files as the forms do, in base64: the intake API (so a website's form sends its photos with
/// its key), the public complaint API and the status link's information. They are kept with the event they came with;
/// a file sent without content refuses the request with a field error and nothing is registered.
/// </summary>
public sealed class SendingFilesInJson(SendingFilesInJson.Desk factory) : IClassFixture<SendingFilesInJson.Desk>
{
    private static readonly byte[] _photo = [0x89, 0x50, 0x4E, 0x47, 13, 10, 26, 10, 5, 5];

    [Fact]
    public async Task A_website_registers_a_complaint_with_its_photo_through_its_intake_key()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var (_, secret) = await ApiKeysApi.IssuedAsync(admin, await ApiKeysApi.IdOfAsync(admin, "handler@demo.local"), "Intake");
        var website = ApiKeysApi.With(factory, secret);

        var registered = await website.ReceiveAsync(WithFiles(DeskApi.NewComplaintBody(), new { fileName = "kettle.png", contentType = "image/png", content = _photo }));

        var file = await FileOfAsync(registered["reference"]!.GetValue<string>(), "Receive");
        Assert.Equal(("kettle.png", "Kept"), (file["fileName"]!.GetValue<string>(), file["state"]!.GetValue<string>()));
        Assert.Equal(_photo, await TakeAsync(file));
    }

    [Fact]
    public async Task A_file_without_content_is_a_field_error_and_nothing_is_registered()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var before = await TotalAsync(handler);

        var refused = await handler.Http.PostAsJsonAsync("/api/v1/complaints", WithFiles(DeskApi.NewComplaintBody(), new { fileName = "empty.png" }));
        var badBase64 = await handler.Http.PostAsync("/api/v1/complaints", new StringContent(
            """{"channel":"Phone","description":"x","attachments":[{"fileName":"a.png","content":"not base64!"}]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["attachments"], (await PeopleApi.FieldsAsync(refused)).Where(f => f.StartsWith("attachments", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, badBase64.StatusCode);
        Assert.Equal(before, await TotalAsync(handler));
    }

    [Fact]
    public async Task The_public_complaint_api_keeps_the_complainants_photo()
    {
        var answer = await factory.CreateClient().PostAsJsonAsync("/api/public/complaints", new
        {
            complainant = new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email" },
            productOrService = "Kettle K-300",
            description = "The kettle leaks from the base.",
            attachments = new[] { new { fileName = "leak.png", contentType = "image/png", content = _photo } },
        });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var reference = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["reference"]!.GetValue<string>();
        Assert.Equal(_photo, await TakeAsync(await FileOfAsync(reference, "Receive")));
    }

    [Fact]
    public async Task The_status_links_information_keeps_the_complainants_photo()
    {
        var complainant = new Complainant(factory);
        var (_, reference, token) = await complainant.ComplaintAsync("awaiting");

        var added = await complainant.PostAsync(token, "information", new
        {
            text = "A photo of the receipt.",
            attachments = new[] { new { fileName = "receipt.png", contentType = "image/png", content = _photo } },
        });

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Equal(_photo, await TakeAsync(await FileOfAsync(reference, "ComplainantInformation")));
    }

    private static JsonObject WithFiles(object body, params object[] files)
    {
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.AsObject();
        json["attachments"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(files, System.Text.Json.JsonSerializerOptions.Web));
        return json;
    }

    private static async Task<int> TotalAsync(DeskApi api) =>
        (await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?pageSize=1"))!["total"]!.GetValue<int>();

    /// <summary>The one file of the complaint's latest <paramref name="kind"/> event, as a supervisor reads it.</summary>
    private async Task<JsonObject> FileOfAsync(string reference, string kind)
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var made = (await supervisor.GetAsync(reference))["timeline"]!.AsArray().Last(e => e!["kind"]!.GetValue<string>() == kind)!;
        return made["attachments"]!.AsArray().Single()!.AsObject();
    }

    private async Task<byte[]> TakeAsync(JsonObject file)
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        return await supervisor.Http.GetByteArrayAsync(file["url"]!.GetValue<string>());
    }

    /// <summary>The demo desk, with the public routes' own limits kept out of these tests' way.</summary>
    public sealed class Desk : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:PublicIntake:PermitsPerAddress"] = "1000",
            ["Desk:StatusPage:PermitsPerToken"] = "1000",
            ["Desk:StatusPage:PermitsPerAddress"] = "1000",
        };
    }
}
