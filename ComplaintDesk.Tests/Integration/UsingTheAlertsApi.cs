using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class UsingTheAlertsApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private async Task<(DeskApi Supervisor, long AlertId, string Reference)> EscalatedAsync()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "Legal threat." });
        var open = await supervisor.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts?open=true");
        var alert = open!.Single(a => a!["complaintReference"]!.GetValue<string>() == reference)!;
        return (supervisor, alert["id"]!.GetValue<long>(), reference);
    }

    [Fact]
    public async Task Open_alerts_list_with_the_contract_fields()
    {
        var (supervisor, id, reference) = await EscalatedAsync();

        var open = await supervisor.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts?open=true");

        var alert = open!.Single(a => a!["id"]!.GetValue<long>() == id)!.AsObject();
        foreach (var field in new[] { "id", "complaintReference", "level", "trigger", "clock", "raisedAt", "targetRole", "acknowledgedAt", "acknowledgedBy" })
        {
            Assert.True(alert.ContainsKey(field), $"The alert has no {field}.");
        }

        Assert.Equal((reference, 1, "Manual", "Supervisor"), (
            alert["complaintReference"]!.GetValue<string>(), alert["level"]!.GetValue<int>(),
            alert["trigger"]!.GetValue<string>(), alert["targetRole"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Acknowledging_takes_an_alert_off_the_open_list_and_a_second_try_is_409()
    {
        var (supervisor, id, _) = await EscalatedAsync();

        var first = await supervisor.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        var second = await supervisor.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("supervisor@demo.local", (await first.Content.ReadFromJsonAsync<JsonObject>())!["acknowledgedBy"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var open = await supervisor.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts?open=true");
        Assert.DoesNotContain(open!, a => a!["id"]!.GetValue<long>() == id);
        var all = await supervisor.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts?open=false");
        Assert.Contains(all!, a => a!["id"]!.GetValue<long>() == id);
    }

    [Fact]
    public async Task A_handler_may_not_acknowledge_a_supervisors_alert_and_an_unknown_one_is_404()
    {
        var (_, id, _) = await EscalatedAsync();
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.Http.PostAsync("/api/v1/alerts/999999/acknowledge", null)).StatusCode);
        Assert.DoesNotContain(
            await handler.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts") ?? [], a => a!["id"]!.GetValue<long>() == id);
    }

    [Fact]
    public async Task Without_signing_in_the_alerts_are_401()
    {
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/alerts?open=true")).StatusCode);
    }
}
