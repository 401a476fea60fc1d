using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Received Monday 23 November 2026 12:00 in Istanbul and assessed High: the respond clock (18 business hours) is due
/// Wednesday 25th at 12:00. It breaches, and at 15:00 the complaint starts awaiting the complainant.
/// </summary>
public sealed class ReadingAClockAlikeInTheListAndTheComplaint(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_clock_that_breached_and_was_paused_reads_breached_and_paused_with_its_business_overdue_in_both_answers()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync(new
        {
            channel = "Email",
            receivedAt = "2026-11-23T09:00:00Z",
            complainant = new { name = "Ece Çelik", email = "ece@example.com", preferredContact = "Email" },
            productOrService = "Call centre",
            description = "Waited 48 minutes on hold.",
        }))["reference"]!.GetValue<string>();
        await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await api.MoveAsync(reference, "assess", new { priority = "High", category = "Delivery" });
        await api.MoveAsync(reference, "investigate");
        factory.Time.Advance(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero) - factory.Time.GetUtcNow());
        // A sign-in does not last days: sign in again after each jump of the clock.
        api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        await api.MoveAsync(reference, "await-complainant", new { question = "When did it arrive?" });
        // Two nights and a day later, still paused: the overdue time stands where the pause began.
        factory.Time.Advance(TimeSpan.FromDays(2));
        api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var respond = (await api.GetAsync(reference))["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Respond")!;
        var list = await api.Http.GetAsync($"/api/v1/complaints?q={reference}");
        await api.ConformsAsync(list);
        var row = (await list.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Single()!;

        var next = row["nextDue"]!;
        Assert.Equal(("Breached", true, "03:00:00"), Reading(respond));
        Assert.Equal(Reading(respond), Reading(next["clock"]!));
        Assert.Equal(respond["deadline"]!.GetValue<string>(), next["clock"]!["deadline"]!.GetValue<string>());
        // The row's own fields keep their meaning: nothing is due while the complaint is paused.
        Assert.True(next["paused"]!.GetValue<bool>());
        Assert.Null(next["deadline"]);
    }

    private static (string State, bool Paused, string Overdue) Reading(JsonNode clock) =>
        (clock["state"]!.GetValue<string>(), clock["paused"]!.GetValue<bool>(), clock["overdue"]!.GetValue<string>());
}
