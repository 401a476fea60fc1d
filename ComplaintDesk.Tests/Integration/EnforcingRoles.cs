using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class EnforcingRoles(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_handler_is_refused_a_move_on_another_handlers_complaint_and_nothing_is_written()
    {
        var owner = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var other = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var reference = (await owner.ReceiveAsync())["reference"]!.GetValue<string>();
        await owner.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        var before = await owner.GetAsync(reference);

        foreach (var (action, body) in new (string, object)[]
        {
            ("acknowledge", new { channel = "Email" }),
            ("note", new { text = "Mine now" }),
            ("assign", new { assigneeEmail = "handler2@demo.local" }),
            ("withdraw", new { reason = "Not mine" }),
        })
        {
            var response = await other.ActAsync(reference, action, body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("assigned to handler@demo.local", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(before.ToJsonString(), (await owner.GetAsync(reference)).ToJsonString());
    }

    [Theory]
    [InlineData("quality@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task Readers_are_refused_every_move_and_registration_and_nothing_is_written(string reader)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var api = await DeskApi.SignInAsync(factory, reader);
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var before = await handler.GetAsync(reference);

        foreach (var action in new[] { "assign", "acknowledge", "note", "escalate", "withdraw", "investigate" })
        {
            var response = await api.ActAsync(reference, action, new { assigneeEmail = reader, channel = "Email", text = "x", reason = "x" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var registration = await api.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody());
        Assert.Equal(HttpStatusCode.Forbidden, registration.StatusCode);
        Assert.Equal(before.ToJsonString(), (await handler.GetAsync(reference)).ToJsonString());
    }

    [Fact]
    public async Task A_handler_can_take_only_for_themselves_a_supervisor_assigns_anyone()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.ActAsync(reference, "assign", new { assigneeEmail = "handler2@demo.local" })).StatusCode);
        var assigned = await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler2@demo.local" });

        Assert.Equal("handler2@demo.local", assigned["assignee"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.ActAsync(reference, "assign", new { assigneeEmail = "quality@demo.local" })).StatusCode);
    }

    [Fact]
    public async Task A_handler_working_an_unassigned_complaint_takes_it()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        var acknowledged = await handler.MoveAsync(reference, "acknowledge", new { channel = "Phone" });

        Assert.Equal("handler2@demo.local", acknowledged["assignee"]!.GetValue<string>());
        Assert.Equal(["Receive", "Assign", "Acknowledge"], acknowledged["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Complainant_details_are_shown_to_handlers_and_supervisors_only()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        Assert.Equal("Ali Veli", (await handler.GetAsync(reference))["complainant"]!["name"]!.GetValue<string>());
        Assert.Equal("ali@example.com", (await (await DeskApi.SignInAsync(factory, "supervisor@demo.local")).GetAsync(reference))["complainant"]!["email"]!.GetValue<string>());
        foreach (var reader in new[] { "quality@demo.local", "admin@demo.local" })
        {
            var api = await DeskApi.SignInAsync(factory, reader);
            Assert.Null((await api.GetAsync(reference))["complainant"]);
            var list = await api.Http.GetStringAsync($"/api/v1/complaints?q={reference}");
            Assert.DoesNotContain("Ali Veli", list, StringComparison.Ordinal);
            var byName = await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?q=Ali%20Veli");
            Assert.Equal(0, byName!["total"]!.GetValue<int>());
        }

        var handlerByName = await handler.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?q=Ali%20Veli");
        Assert.True(handlerByName!["total"]!.GetValue<int>() >= 1);
    }
}
