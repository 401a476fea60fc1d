using System.Net;
using System.Text.Json;
using ComplaintDesk.Web.Hubs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Escalations end to end on real Kestrel: Hangfire runs the checks, the hub carries the alerts.</summary>
public sealed class RaisingAlertsOverTheHub(LiveDesk desk) : IClassFixture<LiveDesk>
{
    private static readonly string[] _everything =
        [nameof(IDeskClient.ComplaintChanged), nameof(IDeskClient.AlertRaised), nameof(IDeskClient.AlertReminder), nameof(IDeskClient.AlertAcknowledged)];

    private static string Reference(JsonElement message) => message.GetProperty("complaintReference").GetString()!;

    private static DateTimeOffset AcknowledgeDeadline(System.Text.Json.Nodes.JsonObject complaint) =>
        complaint["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Acknowledge")!["deadline"]!.GetValue<DateTimeOffset>();

    [Fact]
    public async Task A_supervisor_hears_AlertRaised_when_a_deadline_passes_and_a_handler_never_does()
    {
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        await using var supervisors = await desk.ListenAsync(supervisor, _everything);
        await using var handlers = await desk.ListenAsync(handler, _everything);
        var complaint = await handler.ReceiveAsync();
        var reference = complaint["reference"]!.GetValue<string>();

        desk.App.Time.SetUtcNow(AcknowledgeDeadline(complaint));
        desk.SweepNow();

        var alert = await supervisors.NextAsync(nameof(IDeskClient.AlertRaised), m => Reference(m) == reference);
        Assert.Equal("Breach", alert.GetProperty("trigger").GetString());
        Assert.Equal(1, alert.GetProperty("level").GetInt32());
        Assert.Equal("Acknowledge", alert.GetProperty("clock").GetString());
        Assert.Equal("Supervisor", alert.GetProperty("targetRole").GetString());
        Assert.Equal(AcknowledgeDeadline(complaint), alert.GetProperty("raisedAt").GetDateTimeOffset());
        Assert.True(alert.GetProperty("id").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("acknowledgedBy").ValueKind);

        // Messages reach a connection in the order they were sent: a change announced after the
        // alert reaches the handler, and the alert never came before it.
        // A day on, the first bearer token has expired: sign in again.
        var handlerLater = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var note = await handlerLater.MoveAsync(reference, "note", new { text = "Calling the complainant back." });
        await handlers.NextAsync(nameof(IDeskClient.ComplaintChanged), m =>
            m.GetProperty("reference").GetString() == reference && m.GetProperty("version").GetInt32() == note["version"]!.GetValue<int>());
        // The sweep also nudged the handler about demo complaints assigned to them; nothing for supervisors reached them.
        var heardByHandler = handlers.Seen.Where(m => m.Method == nameof(IDeskClient.AlertRaised)).Select(m => m.Message).ToList();
        Assert.DoesNotContain(heardByHandler, m => Reference(m) == reference);
        Assert.All(heardByHandler, m => Assert.Equal(
            ("Handler", "handler@demo.local"), (m.GetProperty("targetRole").GetString(), m.GetProperty("targetEmail").GetString())));
    }

    [Fact]
    public async Task Acknowledging_through_the_api_reaches_every_supervisor_as_AlertAcknowledged()
    {
        var supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        await using var watching = await desk.ListenAsync(supervisor, _everything);
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "The complainant threatens legal action." });
        var raised = await watching.NextAsync(nameof(IDeskClient.AlertRaised), m => Reference(m) == reference);
        var id = raised.GetProperty("id").GetInt64();

        var response = await supervisor.Http.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var heard = await watching.NextAsync(nameof(IDeskClient.AlertAcknowledged), m => m.GetProperty("id").GetInt64() == id);
        Assert.Equal("supervisor@demo.local", heard.GetProperty("acknowledgedBy").GetString());
        Assert.Equal("Manual", heard.GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task A_change_made_through_the_api_reaches_a_second_client_as_ComplaintChanged()
    {
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(desk.App, "quality@demo.local");
        await using var second = await desk.ListenAsync(quality, _everything);

        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        var change = await second.NextAsync(nameof(IDeskClient.ComplaintChanged), m => m.GetProperty("reference").GetString() == reference);
        Assert.Equal("Received", change.GetProperty("status").GetString());
        Assert.Equal(0, change.GetProperty("escalationLevel").GetInt32());
        Assert.Equal(1, change.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_unauthenticated_websocket_is_refused()
    {
        await using var anonymous = desk.Connection(accessToken: null);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_cannot_join_a_group_by_asking()
    {
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        await using var inbox = await desk.ListenAsync(handler);

        await Assert.ThrowsAsync<HubException>(() => inbox.Connection.InvokeAsync("JoinGroup", DeskGroups.Role(ComplaintDesk.Core.Common.DeskRole.Supervisor)));
        await Assert.ThrowsAsync<HubException>(() => inbox.Connection.InvokeAsync("AddToGroupAsync", "role:Supervisor"));
    }

    [Fact]
    public async Task Registering_a_complaint_schedules_a_check_at_its_first_warning()
    {
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var complaint = await handler.ReceiveAsync();
        var warningAt = complaint["clocks"]!.AsArray().Min(c => c!["warningAt"]!.GetValue<DateTimeOffset>());

        var scheduled = desk.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000);

        var delays = scheduled
            .Where(j => j.Value.Job.Type == typeof(Web.Jobs.SlaCheckJob))
            .Select(j => j.Value.EnqueueAt - j.Value.ScheduledAt)
            .ToList();
        Assert.Contains(delays, d => d is { } delay && Math.Abs((delay - (warningAt - desk.App.Time.GetUtcNow())).TotalSeconds) < 2);
    }
}
