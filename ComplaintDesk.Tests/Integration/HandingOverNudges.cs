using System.Text.Json;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A warning nudges whoever has the complaint: reassigning it hands its open nudges to the new assignee.</summary>
public sealed class HandingOverNudges(LiveDesk desk) : IClassFixture<LiveDesk>
{
    [Fact]
    public async Task A_reassigned_complaints_open_warning_reaches_the_new_assignee_and_leaves_the_old_one()
    {
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var colleague = await DeskApi.SignInAsync(desk.App, "handler2@demo.local");
        var supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        await using var colleagueHears = await desk.ListenAsync(colleague, nameof(IDeskClient.AlertReminder));
        await using var handlerHears = await desk.ListenAsync(handler, nameof(IDeskClient.AlertRaised));
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var acknowledged = await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        var respondWarning = acknowledged["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Respond")!["warningAt"]!.GetValue<DateTimeOffset>();
        desk.App.Time.SetUtcNow(respondWarning);
        desk.SweepNow();
        var nudge = await handlerHears.NextAsync(nameof(IDeskClient.AlertRaised), m => About(m, reference));
        Assert.Equal(("Warning", "handler@demo.local"), (nudge.GetProperty("trigger").GetString(), nudge.GetProperty("targetEmail").GetString()));

        // The bearer tokens signed in before the clock moved have expired by now.
        supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        colleague = await DeskApi.SignInAsync(desk.App, "handler2@demo.local");
        handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler2@demo.local" });

        var handedOver = await colleagueHears.NextAsync(nameof(IDeskClient.AlertReminder), m => About(m, reference));
        Assert.Equal(nudge.GetProperty("id").GetInt64(), handedOver.GetProperty("id").GetInt64());
        Assert.Equal("handler2@demo.local", handedOver.GetProperty("targetEmail").GetString());
        Assert.Contains(await OpenAlertsAsync(colleague), a => About(a, reference));
        Assert.DoesNotContain(await OpenAlertsAsync(handler), a => About(a, reference));
    }

    private static bool About(JsonElement alert, string reference) => alert.GetProperty("complaintReference").GetString() == reference;

    private static async Task<List<JsonElement>> OpenAlertsAsync(DeskApi api)
    {
        using var alerts = JsonDocument.Parse(await api.Http.GetStringAsync("/api/v1/alerts?open=true"));
        return [.. alerts.RootElement.EnumerateArray().Select(a => a.Clone())];
    }
}
