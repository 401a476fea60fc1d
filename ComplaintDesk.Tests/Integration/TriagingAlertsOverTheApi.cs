using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The alert groups and bulk acknowledgement routes answer as the API document says, beside the routes that were there.</summary>
public sealed class TriagingAlertsOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Groups_and_bulk_acknowledgement_answer_as_documented()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "Legal threat." });

        var groups = await supervisor.Http.GetAsync("/api/v1/alerts/groups?kind=Manual&pageSize=100");
        var group = (await groups.Content.ReadFromJsonAsync<JsonObject>())!["groups"]!.AsArray()
            .Single(g => g!["complaintReference"]!.GetValue<string>() == reference)!;
        var id = group["alerts"]![0]!["id"]!.GetValue<long>();
        var refused = await handler.Http.PostAsJsonAsync("/api/v1/alerts/acknowledge", new { alertIds = new[] { id } });
        var done = await supervisor.Http.PostAsJsonAsync("/api/v1/alerts/acknowledge", new { alertIds = new[] { id, 999999 } });
        var again = await supervisor.Http.PostAsJsonAsync("/api/v1/alerts/acknowledge", new { alertIds = new[] { id } });

        Assert.Equal((1, 1), (group["level"]!.GetValue<int>(), group["openAlerts"]!.GetValue<int>()));
        Assert.Equal(["NotAllowed"], Outcomes(await refused.Content.ReadFromJsonAsync<JsonArray>()));
        Assert.Equal(["Acknowledged", "NotFound"], Outcomes(await done.Content.ReadFromJsonAsync<JsonArray>()));
        var second = (await again.Content.ReadFromJsonAsync<JsonArray>())![0]!;
        Assert.Equal(("AlreadyAcknowledged", "supervisor@demo.local"), (second["outcome"]!.GetValue<string>(), second["acknowledgedBy"]!.GetValue<string>()));
        foreach (var answer in new[]
        {
            groups, refused, done, again,
            await supervisor.Http.GetAsync("/api/v1/alerts/groups?minLevel=1&olderThanMinutes=0&scope=mine&acknowledged=true&page=2&pageSize=5"),
            await supervisor.Http.GetAsync("/api/v1/alerts/groups?kind=Sometimes&page=0"),
            await supervisor.Http.PostAsJsonAsync("/api/v1/alerts/acknowledge", new { alertIds = Array.Empty<long>() }),
            await factory.CreateClient().GetAsync("/api/v1/alerts/groups"),
        })
        {
            await supervisor.ConformsAsync(answer);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.Http.GetAsync("/api/v1/alerts/groups?scope=everyone")).StatusCode);
    }

    private static List<string> Outcomes(JsonArray? answers) => [.. answers!.Select(a => a!["outcome"]!.GetValue<string>())];
}
