using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class PublishingTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Lists_every_route_and_the_accepted_choices()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/auth/login", paths);
        Assert.Contains("/api/v1/complaints/{reference}", paths);
        foreach (var action in new[] { "assign", "acknowledge", "assess", "investigate", "note", "await-complainant", "resume",
                     "propose-response", "communicate-decision", "close", "reject-decision", "withdraw", "escalate" })
        {
            Assert.Contains($"/api/v1/complaints/{{reference}}/{action}", paths);
        }

        var channel = document["components"]!["schemas"]!["NewComplaint"]!["properties"]!["channel"]!["enum"]!.AsArray();
        Assert.Equal(["Web", "Email", "Phone", "Letter", "InPerson", "SocialMedia"], channel.Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Serves_the_browsable_reference_from_the_app_itself()
    {
        var http = factory.CreateClient();

        var page = await http.GetStringAsync("/api/");

        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/scalar.js")).StatusCode);
    }
}
