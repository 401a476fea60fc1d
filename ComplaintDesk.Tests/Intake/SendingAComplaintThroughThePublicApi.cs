using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Intake;

/// <summary>
/// <c>POST /api/public/complaints</c> registers a complaint without signing in and answers its reference and status page;
/// bad fields are a 400 naming each, and one address sending too many is told to wait.
/// </summary>
public sealed class SendingAComplaintThroughThePublicApi(SendingAComplaintThroughThePublicApi.Desk factory) : IClassFixture<SendingAComplaintThroughThePublicApi.Desk>
{
    [Fact]
    public async Task A_complaint_is_registered_and_its_status_page_answered_with_201()
    {
        var http = factory.CreateClient();

        var answer = await http.PostAsJsonAsync("/api/public/complaints", Complaint("ali@example.com"));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var receipt = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        var reference = receipt["reference"]!.GetValue<string>();
        var statusUrl = receipt["statusUrl"]!.GetValue<string>();
        Assert.Matches(@"^CMP-2026-\d{6}$", reference);
        Assert.Equal(statusUrl, answer.Headers.Location!.ToString());
        var status = JsonNode.Parse(await http.GetStringAsync(statusUrl.Replace("/status/", "/api/public/status/", StringComparison.Ordinal)))!;
        Assert.Equal((reference, "received"), (status["reference"]!.GetValue<string>(), status["stage"]!.GetValue<string>()));
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        Assert.Equal("Web", (await handler.GetAsync(reference))["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_fields_are_a_400_naming_each()
    {
        var answer = await factory.CreateClient().PostAsJsonAsync("/api/public/complaints",
            new { complainant = new { name = "Ali", email = "nope", preferredContact = "Fax" }, productOrService = "Kettle", description = "" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await DeskApi.ProblemAsync(answer))["errors"]!.AsObject();
        Assert.Equal(["complainant.email", "complainant.preferredContact", "description"], errors.Select(e => e.Key).Order());
    }

    private static object Complaint(string email) => new
    {
        complainant = new { name = "Ali Veli", email, preferredContact = "Email" },
        productOrService = "Kettle K-300",
        description = "The kettle leaks from the base.",
        desiredOutcome = "A new kettle.",
    };

    /// <summary>The demo desk, with the public API's own limit kept out of these tests' way.</summary>
    public sealed class Desk : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:PublicIntake:PermitsPerAddress"] = "1000",
        };
    }
}
