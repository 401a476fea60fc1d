using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public class WalkingAComplaintThroughTheProcess(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Goes_from_intake_to_closed_with_a_timeline_event_per_move()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var created = await api.ReceiveAsync();
        var reference = created["reference"]!.GetValue<string>();
        Assert.Matches(@"^CMP-2026-\d{6}$", reference);
        Assert.Equal("Received", created["status"]!.GetValue<string>());

        await api.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        await api.MoveAsync(reference, "acknowledge", new { channel = "Email", message = "We have your complaint." });
        await api.MoveAsync(reference, "assess", new { priority = "High", category = "Delivery", notes = "Checked the order." });
        await api.MoveAsync(reference, "investigate");
        await api.MoveAsync(reference, "note", new { text = "Called the courier." });
        await api.MoveAsync(reference, "await-complainant", new { question = "Which day did it arrive?" });
        await api.MoveAsync(reference, "resume");
        await api.MoveAsync(reference, "propose-response", new { remedy = "Refund", text = "We refund the delivery fee." });
        await api.MoveAsync(reference, "communicate-decision", new { channel = "Email", text = "We refund the delivery fee." });
        var closed = await api.MoveAsync(reference, "close", new { outcome = "Accepted", satisfaction = 4, comment = "Thanks", rootCause = "Courier delay" });

        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        Assert.Equal("High", closed["priority"]!.GetValue<string>());
        Assert.Equal("Delivery", closed["category"]!.GetValue<string>());
        Assert.Equal("Refund", closed["remedy"]!.GetValue<string>());
        Assert.Equal("Accepted", closed["outcome"]!.GetValue<string>());
        Assert.Equal(4, closed["satisfaction"]!.GetValue<int>());
        Assert.Equal("Courier delay", closed["rootCause"]!.GetValue<string>());
        Assert.Equal("handler@demo.local", closed["assignee"]!.GetValue<string>());
        Assert.Equal(11, closed["version"]!.GetValue<int>());
        var clauses = closed["timeline"]!.AsArray().Select(e => e!["clause"]!.GetValue<string>()).ToList();
        Assert.Equal(["7.2", "7.3", "7.4", "7.5", "7.6", "7.3", "7.6", "7.6", "7.7", "7.8", "7.9"], clauses);
        Assert.All(closed["timeline"]!.AsArray(), e => Assert.Equal("handler@demo.local", e!["actor"]!.GetValue<string>()));

        Assert.Equal(closed.ToJsonString(), (await api.GetAsync(reference)).ToJsonString());
    }

    [Fact]
    public async Task A_rejected_decision_reopens_the_complaint_at_escalation_level_one()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(api);

        var reopened = await api.MoveAsync(reference, "reject-decision", new { reason = "The complainant wants a refund." });

        Assert.Equal("InInvestigation", reopened["status"]!.GetValue<string>());
        Assert.Equal(1, reopened["escalationLevel"]!.GetValue<int>());
        var last = reopened["timeline"]!.AsArray().Last()!;
        Assert.Equal("RejectDecision", last["kind"]!.GetValue<string>());
        Assert.Equal("The complainant wants a refund.", last["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_closing_the_satisfaction_and_the_root_cause_with_its_corrective_action_are_recorded()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(api);
        await api.MoveAsync(reference, "close", new { outcome = "NoReply" });

        await api.MoveAsync(reference, "record-satisfaction", new { satisfaction = 3, comment = "Called back a week later." });
        var learnt = await api.MoveAsync(reference, "record-root-cause", new { rootCause = "Courier delay", correctiveAction = "CAPA-2026-014" });

        Assert.Equal(
            ("Closed", 3, "Called back a week later.", "Courier delay", "CAPA-2026-014"),
            (learnt["status"]!.GetValue<string>(), learnt["satisfaction"]!.GetValue<int>(), learnt["satisfactionComment"]!.GetValue<string>(),
                learnt["rootCause"]!.GetValue<string>(), learnt["correctiveAction"]!.GetValue<string>()));
        Assert.Equal(
            ["RecordSatisfaction 8.3", "RecordRootCause 8.7"],
            learnt["timeline"]!.AsArray().TakeLast(2).Select(e => $"{e!["kind"]!.GetValue<string>()} {e["clause"]!.GetValue<string>()}"));
    }

    [Fact]
    public async Task The_complainants_details_are_corrected_and_the_timeline_says_which_changed()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var corrected = await api.MoveAsync(reference, "correct-complainant",
            new { complainant = new { name = "Ali Veli", email = "ali.veli@example.org", phone = "+90 532 111 2233", preferredContact = "Phone" } });

        var complainant = corrected["complainant"]!;
        Assert.Equal(("ali.veli@example.org", "Phone"), (complainant["email"]!.GetValue<string>(), complainant["preferredContact"]!.GetValue<string>()));
        var last = corrected["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("CorrectComplainant", "4.9"), (last["kind"]!.GetValue<string>(), last["clause"]!.GetValue<string>()));
        Assert.DoesNotContain("example.org", last.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_not_allowed_in_the_state_is_refused_with_409_and_a_reason()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var response = await api.ActAsync(reference, "close", new { outcome = "Accepted" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("can't close", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var after = await api.GetAsync(reference);
        Assert.Equal("Received", after["status"]!.GetValue<string>());
        Assert.Equal(1, after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_reference_is_404()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync("/api/v1/complaints/CMP-1999-000001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.ActAsync("CMP-1999-000001", "investigate")).StatusCode);
    }

    [Fact]
    public async Task A_complaint_about_a_handler_is_never_assigned_to_them()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var created = await api.ReceiveAsync(DeskApi.NewComplaintBody(subjectStaffEmail: "handler2@demo.local"));
        var reference = created["reference"]!.GetValue<string>();

        var response = await api.ActAsync(reference, "assign", new { assigneeEmail = "HANDLER2@demo.local" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null((await api.GetAsync(reference))["assignee"]);
    }

    [Fact]
    public async Task Nobody_works_a_complaint_about_themselves_409()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync(DeskApi.NewComplaintBody(subjectStaffEmail: "supervisor@demo.local")))["reference"]!.GetValue<string>();

        var response = await supervisor.ActAsync(reference, "note", new { text = "It was not my fault." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single((await handler.GetAsync(reference))["timeline"]!.AsArray());
    }
}
