using System.Net;
using System.Net.Http.Json;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Intake;

/// <summary>The public form is limited per client address (<c>Desk:PublicIntake:PermitsPerAddress</c>) and, turned off, is not there.</summary>
public sealed class LimitingAndClosingThePublicForm
{
    private static readonly object _complaint = new
    {
        complainant = new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email" },
        productOrService = "Kettle K-300",
        description = "The kettle leaks from the base.",
    };

    [Fact]
    public async Task An_address_past_its_permits_is_told_to_wait_and_nothing_more_is_registered()
    {
        await using var desk = new Configured(new() { ["Desk:DemoData"] = "true", ["Desk:PublicIntake:PermitsPerAddress"] = "2" });
        var http = desk.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await http.PostAsJsonAsync("/api/public/complaints", _complaint)).StatusCode);
        }

        var refused = await http.GetAsync("/complain");
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Turned_off_the_form_and_its_api_are_not_found()
    {
        await using var desk = new Configured(new() { ["Desk:DemoData"] = "true", ["Desk:PublicIntake:Enabled"] = "false" });
        var http = desk.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/public/complaints", _complaint)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/complain")).StatusCode);
    }

    private sealed class Configured(Dictionary<string, string> settings) : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
