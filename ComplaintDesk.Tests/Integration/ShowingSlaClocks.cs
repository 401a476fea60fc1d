using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The factory's clock says Monday 23 November 2026, 09:00 UTC (12:00 in Istanbul). A Medium complaint
/// must be acknowledged within 9 business hours: 6 on Monday, 3 on Tuesday, so by Tuesday 12:00 local.
/// </summary>
public sealed class ShowingSlaClocks(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_new_complaint_has_three_running_clocks_on_business_time()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var complaint = await api.ReceiveAsync(ReceivedNow());

        var clocks = Clocks(complaint);
        Assert.Equal(["Acknowledge", "Respond", "Resolve"], clocks.Select(c => c["kind"]!.GetValue<string>()));
        var acknowledge = clocks[0];
        Assert.Equal("09:00:00", acknowledge["target"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(3)), acknowledge["deadline"]!.GetValue<DateTimeOffset>());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 45, 0, TimeSpan.FromHours(3)), acknowledge["warningAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Running", acknowledge["state"]!.GetValue<string>());
        Assert.Equal("00:00:00", acknowledge["pausedFor"]!.GetValue<string>());
        Assert.Null(acknowledge["stoppedAt"]);
    }

    [Fact]
    public async Task Acknowledging_stops_its_clock_and_awaiting_the_complainant_pauses_the_others()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync(ReceivedNow()))["reference"]!.GetValue<string>();

        await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await api.MoveAsync(reference, "assess", new { priority = "High", category = "Delivery" });
        await api.MoveAsync(reference, "investigate");
        var paused = Clocks(await api.MoveAsync(reference, "await-complainant", new { question = "When did it arrive?" }));

        Assert.Equal("Met", paused[0]["state"]!.GetValue<string>());
        Assert.NotNull(paused[0]["stoppedAt"]);
        Assert.Equal(["Paused", "Paused"], paused.Skip(1).Select(c => c["state"]!.GetValue<string>()));
        // Assessed High: respond within 18 business hours instead of Medium's 45.
        Assert.Equal("18:00:00", paused[1]["target"]!.GetValue<string>());
    }

    private static List<JsonNode> Clocks(JsonObject complaint) => complaint["clocks"]!.AsArray().Select(c => c!).ToList();

    private static object ReceivedNow() => new
    {
        channel = "Email",
        receivedAt = "2026-11-23T09:00:00Z",
        complainant = new { name = "Ece Çelik", email = "ece@example.com", preferredContact = "Email" },
        productOrService = "Call centre",
        description = "Waited 48 minutes on hold.",
    };
}
