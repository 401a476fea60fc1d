using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Every route's real answers, successes and refusals alike, are listed in the served API document and
/// validate against its schemas: a client generated from the document reads what the desk really sends.
/// </summary>
public sealed class KeepingToTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private const string Month = "2026-11";

    [Fact]
    public async Task Signing_in_answers_as_documented()
    {
        var http = factory.CreateClient();
        var signedIn = (await DeskApi.SignInAsync(factory, "quality@demo.local")).Http;

        foreach (var answer in new[]
        {
            await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = DeskApi.Password }),
            await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = "wrong-password" }),
            await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "" }),
            await http.PostAsync("/api/v1/auth/login", new StringContent("{ not json", Encoding.UTF8, "application/json")),
            await http.PostAsync("/api/v1/auth/login", new StringContent("email=a", Encoding.UTF8, "text/plain")),
        })
        {
            await OpenApiConformance.ConformsAsync(signedIn, answer);
        }
    }

    [Fact]
    public async Task Registering_reading_and_listing_answer_as_documented()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var created = await handler.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody());
        var reference = (await created.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>();

        await ConformAllAsync(handler,
            created,
            await handler.Http.PostAsJsonAsync("/api/v1/complaints", new { channel = "Fax" }),
            await handler.Http.PostAsync("/api/v1/complaints", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await quality.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody()),
            await factory.CreateClient().PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody()),
            await handler.Http.GetAsync($"/api/v1/complaints/{reference}"),
            await quality.Http.GetAsync($"/api/v1/complaints/{reference}"),
            await handler.Http.GetAsync("/api/v1/complaints/CMP-1999-000001"),
            await handler.Http.GetAsync("/api/v1/complaints?status=Received,Closed&sort=-priority&pageSize=200"),
            await quality.Http.GetAsync("/api/v1/complaints?q=kettle"),
            await handler.Http.GetAsync("/api/v1/complaints?page=2147483647&pageSize=200"),
            await handler.Http.GetAsync("/api/v1/complaints?page=abc"),
            await handler.Http.GetAsync("/api/v1/complaints?status=Lost"),
            await factory.CreateClient().GetAsync("/api/v1/complaints"));
    }

    [Fact]
    public async Task Every_move_and_its_refusals_answer_as_documented()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        var answers = new List<HttpResponseMessage>();
        foreach (var (action, body) in new (string, object?)[]
        {
            ("assign", new { assigneeEmail = "handler@demo.local" }), ("acknowledge", new { channel = "Email" }),
            ("assess", new { priority = "High", category = "General" }), ("investigate", null), ("note", new { text = "Called." }),
            ("correct-complainant", new { complainant = new { name = "Ali Veli", email = "ali.veli@example.org", preferredContact = "Email", language = "tr" } }),
            ("correct-complainant", new { complainant = new { name = "Ali Veli", email = "not an address", preferredContact = "Fax" } }),
            ("await-complainant", new { question = "Which order?" }), ("resume", null),
            ("propose-response", new { remedy = "Refund", text = "We refund it." }),
            ("communicate-decision", new { channel = "Email", text = "We refund it." }),
            ("reject-decision", new { reason = "Too little." }), ("escalate", new { reason = "Legal threat." }),
        })
        {
            answers.Add(await api.ActAsync(reference, action, body));
        }

        answers.Add(await supervisor.ActAsync(reference, "propose-response", new { remedy = "Compensation", text = "We compensate." }));
        answers.Add(await supervisor.ActAsync(reference, "communicate-decision", new { channel = "Email", text = "We compensate." }));
        answers.Add(await supervisor.ActAsync(reference, "close", new { outcome = "Accepted", satisfaction = 4 }));
        answers.Add(await supervisor.ActAsync(reference, "record-root-cause", new { rootCause = "Courier delay", correctiveAction = "CAPA-2026-014" }));
        answers.Add(await supervisor.ActAsync(reference, "record-satisfaction", new { satisfaction = 5 }));
        var other = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        answers.Add(await api.ActAsync(other, "withdraw", new { reason = "Sorted out." }));
        answers.Add(await api.ActAsync(other, "note", new { text = "" }));
        answers.Add(await api.ActAsync(other, "note", new { text = "Late." }, ifMatch: 1));
        answers.Add(await api.ActAsync(other, "investigate"));
        answers.Add(await quality.ActAsync(other, "note", new { text = "Reading." }));
        answers.Add(await api.ActAsync("CMP-1999-000001", "note", new { text = "Nobody." }));
        answers.Add(await api.Http.PostAsync($"/api/v1/complaints/{other}/note", new StringContent("text", Encoding.UTF8, "text/plain")));

        await ConformAllAsync(api, [.. answers]);
        Assert.Equal(
            [200, 400, 403, 404, 409, 415],
            answers.Select(a => (int)a.StatusCode).Distinct().Order());
    }

    [Fact]
    public async Task Alerts_answer_as_documented()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "Legal threat." });
        var open = await supervisor.Http.GetAsync("/api/v1/alerts");
        var id = (await open.Content.ReadFromJsonAsync<JsonArray>())!
            .Single(a => a!["complaintReference"]!.GetValue<string>() == reference)!["id"]!.GetValue<long>();

        await ConformAllAsync(supervisor,
            open,
            await handler.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null),
            await supervisor.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null),
            await supervisor.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null),
            await supervisor.Http.PostAsync("/api/v1/alerts/999999/acknowledge", null),
            await supervisor.Http.GetAsync("/api/v1/alerts?open=false"),
            await supervisor.Http.GetAsync("/api/v1/alerts?open=maybe"),
            await factory.CreateClient().GetAsync("/api/v1/alerts"));
    }

    [Fact]
    public async Task Reports_answer_as_documented()
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        await ConformAllAsync(quality,
            await quality.Http.PostAsync($"/api/v1/reports/monthly/{Month}", null),
            await quality.Http.PostAsync("/api/v1/reports/monthly/9999-12", null),
            await handler.Http.PostAsync($"/api/v1/reports/monthly/{Month}", null),
            await quality.Http.GetAsync("/api/v1/reports/monthly"),
            await handler.Http.GetAsync("/api/v1/reports/monthly"),
            await quality.Http.GetAsync($"/api/v1/reports/monthly/{Month}"),
            await quality.Http.GetAsync("/api/v1/reports/monthly/2019-01"),
            await quality.Http.GetAsync("/api/v1/reports/monthly/2019-13"),
            await handler.Http.GetAsync($"/api/v1/reports/monthly/{Month}"),
            await supervisor.Http.GetAsync($"/api/v1/reports/monthly/{Month}/with-personal-data"),
            await quality.Http.GetAsync($"/api/v1/reports/monthly/{Month}/with-personal-data"),
            await supervisor.Http.GetAsync("/api/v1/reports/monthly/0001-01/with-personal-data"),
            await factory.CreateClient().GetAsync("/api/v1/reports/monthly"));
    }

    private static async Task ConformAllAsync(DeskApi signedIn, params HttpResponseMessage[] answers)
    {
        foreach (var answer in answers)
        {
            await signedIn.ConformsAsync(answer);
        }
    }
}
