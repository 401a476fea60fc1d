using System.Net;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Escalations;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A move sent without If-Match applies to the latest version: when another request or a background
/// check changed the complaint meanwhile, the move is checked again and made. Only a stale If-Match is a conflict.
/// </summary>
public sealed class MovingWithoutAVersion(InterleavingDeskApiFactory factory) : IClassFixture<InterleavingDeskApiFactory>
{
    [Fact]
    public async Task Two_notes_sent_at_the_same_moment_both_land()
    {
        var first = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var second = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await first.ReceiveAsync())["reference"]!.GetValue<string>();
        factory.Saves.Gather(2);

        var answers = await Task.WhenAll(
            first.ActAsync(reference, "note", new { text = "First note." }),
            second.ActAsync(reference, "note", new { text = "Second note." }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var after = await first.GetAsync(reference);
        Assert.Equal(3, after["version"]!.GetValue<int>());
        Assert.Equal(["First note.", "Second note."], Notes(after).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Five_notes_at_once_all_land_and_none_answers_500()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        factory.Saves.Gather(5);

        var answers = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => api.ActAsync(reference, "note", new { text = $"Note {i}." })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(5, Notes(await api.GetAsync(reference)).Count);
    }

    [Fact]
    public async Task A_note_lands_while_a_background_check_raises_an_alert_on_the_same_complaint()
    {
        var (api, reference, before) = await BreachedAsync();
        factory.Saves.BeforeNextSave(SweepAsync);

        var answer = await api.ActAsync(reference, "note", new { text = "Called the complainant." });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var after = await api.GetAsync(reference);
        Assert.Equal(["Called the complainant."], Notes(after));
        Assert.Contains(after["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "RaiseAlert");
        Assert.True(after["version"]!.GetValue<int>() >= before + 2);
    }

    [Fact]
    public async Task A_stale_If_Match_still_gets_409_and_writes_nothing()
    {
        var (api, reference, before) = await BreachedAsync();
        factory.Saves.BeforeNextSave(SweepAsync);

        var answer = await api.ActAsync(reference, "note", new { text = "Called the complainant." }, ifMatch: before);

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal("Changed by someone else", (await DeskApi.ProblemAsync(answer))["title"]!.GetValue<string>());
        var after = await api.GetAsync(reference);
        Assert.Empty(Notes(after));
        Assert.Contains(after["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "RaiseAlert");
    }

    private async Task<(DeskApi Api, string Reference, int Version)> BreachedAsync()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var complaint = await api.ReceiveAsync();
        var acknowledge = complaint["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Acknowledge")!;
        factory.Time.SetUtcNow(acknowledge["deadline"]!.GetValue<DateTimeOffset>().AddMinutes(1));
        // Past the deadline the first token has expired.
        api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        return (api, complaint["reference"]!.GetValue<string>(), complaint["version"]!.GetValue<int>());
    }

    private Task SweepAsync() => factory.Services.GetRequiredService<EscalationChecks>().SweepAsync(CancellationToken.None);

    private static List<string> Notes(JsonObject complaint) => complaint["timeline"]!.AsArray()
        .Where(e => e!["kind"]!.GetValue<string>() == "Note")
        .Select(e => e!["text"]!.GetValue<string>())
        .ToList();
}
