using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// ISO 10002 7.9, Annex H: the complainant's rejection does what the <c>reject-decision</c> move does: the complaint
/// reopens one escalation level up, its last decision-maker is barred from the next one, and the supervisors are alerted.
/// </summary>
public sealed class RejectingTheDecisionThroughTheStatusLink(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task Rejecting_reopens_escalates_and_alerts_the_supervisors()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("decided");

        var answer = await _complainant.PostAsync(token, "reject", new { reason = "An apology does not pay for the broken kettle." });

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var reopened = await handler.GetAsync(reference);
        Assert.Equal(("InInvestigation", 1), (reopened["status"]!.GetValue<string>(), reopened["escalationLevel"]!.GetValue<int>()));
        Assert.Equal(["handler@demo.local"], reopened["barredFromDeciding"]!.AsArray().Select(e => e!.GetValue<string>()));
        var entry = reopened["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("RejectDecision", "complainant"), (entry["kind"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
        Assert.Equal("An apology does not pay for the broken kettle.", entry["text"]!.GetValue<string>());
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var alerts = await supervisor.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts?open=true");
        var alert = Assert.Single(alerts!, a => a!["complaintReference"]!.GetValue<string>() == reference)!;
        Assert.Equal(("Rejected", 1, "Supervisor"), (alert["trigger"]!.GetValue<string>(), alert["level"]!.GetValue<int>(), alert["targetRole"]!.GetValue<string>()));
        var status = await _complainant.StatusAsync(token);
        Assert.Equal("investigating", status["stage"]!.GetValue<string>());
        Assert.Null(status["decision"]);
    }
}
