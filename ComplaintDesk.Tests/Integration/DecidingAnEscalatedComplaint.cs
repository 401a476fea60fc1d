using System.Net;

namespace ComplaintDesk.Tests.Integration;

/// <summary>ISO 10002 objectivity (Annex D) through the API: an escalated complaint is decided by someone other than its first handler.</summary>
public sealed class DecidingAnEscalatedComplaint(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task The_first_handler_is_refused_the_decision_and_a_colleague_takes_it()
    {
        var firstHandler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var colleague = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(firstHandler, "handler@demo.local");
        var reopened = await firstHandler.MoveAsync(reference, "reject-decision", new { reason = "The complainant wants a refund." });
        Assert.Equal("handler@demo.local", reopened["firstHandler"]!.GetValue<string>());

        var refused = await firstHandler.ActAsync(reference, "propose-response", new { remedy = "Refund", text = "We refund it." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("someone other than its first handler", (await DeskApi.ProblemAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var unchanged = await firstHandler.GetAsync(reference);
        Assert.Equal((reopened["version"]!.GetValue<int>(), "InInvestigation"), (unchanged["version"]!.GetValue<int>(), unchanged["status"]!.GetValue<string>()));

        await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler2@demo.local" });
        var proposed = await colleague.MoveAsync(reference, "propose-response", new { remedy = "Refund", text = "We refund it." });

        Assert.Equal(("ResponseReady", "handler@demo.local"), (proposed["status"]!.GetValue<string>(), proposed["firstHandler"]!.GetValue<string>()));
    }
}
