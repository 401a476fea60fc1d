using System.Net;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Escalations;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// ISO 10002 objectivity (Annex D) through the API: a rejected decision's communicator and the handler a manual
/// escalation came from do not take the next decision; a breached clock takes the decision from nobody.
/// </summary>
public sealed class DecidingAnEscalatedComplaint(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static readonly object _proposal = new { remedy = "Refund", text = "We refund it." };

    [Fact]
    public async Task Who_communicated_the_rejected_decision_is_refused_the_next_one_but_investigates_and_a_colleague_decides()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var colleague = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(handler, "handler@demo.local");
        var reopened = await handler.MoveAsync(reference, "reject-decision", new { reason = "The complainant wants a refund." });
        Assert.Equal("handler@demo.local", reopened["firstHandler"]!.GetValue<string>());
        Assert.Equal(["handler@demo.local"], Barred(reopened));

        var refused = await handler.ActAsync(reference, "propose-response", _proposal);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await DeskApi.ProblemAsync(refused))["detail"]!.GetValue<string>();
        Assert.Contains("ISO 10002 objectivity", detail, StringComparison.Ordinal);
        Assert.Contains("a supervisor can reassign it", detail, StringComparison.Ordinal);
        var unchanged = await handler.GetAsync(reference);
        Assert.Equal((reopened["version"]!.GetValue<int>(), "InInvestigation"), (unchanged["version"]!.GetValue<int>(), unchanged["status"]!.GetValue<string>()));
        await handler.MoveAsync(reference, "note", new { text = "Asked the warehouse again." });

        await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler2@demo.local" });
        var proposed = await colleague.MoveAsync(reference, "propose-response", _proposal);
        Assert.Equal(("ResponseReady", "handler@demo.local"), (proposed["status"]!.GetValue<string>(), proposed["firstHandler"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Who_communicated_the_rejected_decision_cannot_communicate_the_next_one()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(handler, "handler@demo.local");
        await handler.MoveAsync(reference, "reject-decision", new { reason = "Not enough." });
        var proposed = await supervisor.MoveAsync(reference, "propose-response", _proposal);

        var refused = await handler.ActAsync(reference, "communicate-decision", new { channel = "Email", text = "We refund it." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(proposed["version"]!.GetValue<int>(), (await handler.GetAsync(reference))["version"]!.GetValue<int>());
        var communicated = await supervisor.MoveAsync(reference, "communicate-decision", new { channel = "Email", text = "We refund it." });
        Assert.Equal("DecisionCommunicated", communicated["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_a_manual_escalation_the_handler_it_came_from_is_refused_and_the_supervisor_decides()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await InInvestigationAsync(handler);
        var escalated = await handler.MoveAsync(reference, "escalate", new { reason = "The complainant threatens legal action." });
        Assert.Equal(["handler@demo.local"], Barred(escalated));

        var refused = await handler.ActAsync(reference, "propose-response", _proposal);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var proposed = await supervisor.MoveAsync(reference, "propose-response", _proposal);
        Assert.Equal("ResponseReady", proposed["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_handler_of_a_complaint_escalated_only_by_a_breached_clock_proposes_and_communicates()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = await InInvestigationAsync(handler);
        var respond = (await handler.GetAsync(reference))["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Respond")!;
        factory.Time.SetUtcNow(respond["deadline"]!.GetValue<DateTimeOffset>().AddMinutes(1));
        await factory.Services.GetRequiredService<EscalationChecks>().SweepAsync(CancellationToken.None);
        handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var breached = await handler.GetAsync(reference);
        Assert.True(breached["escalationLevel"]!.GetValue<int>() >= 1);
        Assert.Empty(Barred(breached));

        await handler.MoveAsync(reference, "propose-response", _proposal);
        var communicated = await handler.MoveAsync(reference, "communicate-decision", new { channel = "Email", text = "We refund it." });

        Assert.Equal("DecisionCommunicated", communicated["status"]!.GetValue<string>());
    }

    private static List<string> Barred(JsonObject complaint) =>
        complaint["barredFromDeciding"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();

    private static async Task<string> InInvestigationAsync(DeskApi api)
    {
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await api.MoveAsync(reference, "assess", new { priority = "Medium", category = "General" });
        await api.MoveAsync(reference, "investigate");
        return reference;
    }
}
