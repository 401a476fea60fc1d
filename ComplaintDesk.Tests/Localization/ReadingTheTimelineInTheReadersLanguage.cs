using System.Text.Json.Nodes;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// A complaint's timeline as API v1 answers it: each summary worded in the caller's Accept-Language, the category a
/// person named kept as written; a row written before events had keys says its stored sentence in any language.
/// </summary>
public class ReadingTheTimelineInTheReadersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("en", new[]
    {
        "Received by Phone", "Assigned to handler@demo.local", "Acknowledged by Email", "Priority High, category Delivery", "Escalated to level 1 (supervisor)",
    })]
    [InlineData("tr-TR", new[]
    {
        "Alındı, kanal: Telefon", "Atandı: handler@demo.local", "Alındı bildirimi yapıldı, kanal: E-posta", "Öncelik Yüksek, kategori Delivery",
        "Seviye 1 olarak yükseltildi (süpervizör)",
    })]
    public async Task The_same_events_read_in_each_language(string language, string[] summaries)
    {
        var reference = await EscalatedAsync();

        var timeline = await TimelineAsync(reference, language);

        Assert.Equal(summaries, timeline.Select(e => e["summary"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_move_answers_with_the_timeline_in_the_callers_language()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        handler.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr-TR");

        var assigned = await handler.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });

        Assert.Equal("Atandı: handler@demo.local", assigned["timeline"]!.AsArray()[^1]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_row_written_before_events_had_keys_is_shown_as_written()
    {
        var reference = await EscalatedAsync();
        await WrittenBeforeKeysAsync(reference, "Priority High, category Delivery");

        var turkish = await TimelineAsync(reference, "tr-TR");

        Assert.Equal("Priority High, category Delivery", turkish[3]["summary"]!.GetValue<string>());
        Assert.Equal("Seviye 1 olarak yükseltildi (süpervizör)", turkish[4]["summary"]!.GetValue<string>());
    }

    private async Task<string> EscalatedAsync()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await supervisor.ReceiveAsync())["reference"]!.GetValue<string>();
        await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        await supervisor.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await supervisor.MoveAsync(reference, "assess", new { priority = "High", category = "Delivery" });
        await supervisor.MoveAsync(reference, "escalate", new { reason = "The customer called twice." });
        return reference;
    }

    private async Task<List<JsonObject>> TimelineAsync(string reference, string language)
    {
        var reader = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        reader.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return [.. (await reader.GetAsync(reference))["timeline"]!.AsArray().Select(e => e!.AsObject())];
    }

    // The rows as this desk wrote them before events had keys: the sentence in Summary and no message.
    private async Task WrittenBeforeKeysAsync(string reference, string sentence)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        var assessed = await db.Complaints.Where(c => c.Reference == reference)
            .SelectMany(c => c.Timeline).Where(e => e.Move == ComplaintMove.Assess).Select(e => e.Id).SingleAsync();
        await db.Database.ExecuteSqlAsync($"""UPDATE "TimelineEvents" SET "Message" = NULL, "Summary" = {sentence} WHERE "Id" = {assessed}""");
    }
}
