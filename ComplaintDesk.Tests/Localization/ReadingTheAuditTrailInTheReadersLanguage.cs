using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// The audit trail's summaries, in its API and its CSV, worded in the reader's Accept-Language: the desk's own changes
/// after their area, the complaints' events as their timelines say them; a row written before events had keys as written.
/// </summary>
public class ReadingTheAuditTrailInTheReadersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("en", "Teams: Team \"{0}\" added", "Teams: Team \"{0}\" renamed to \"{1}\"")]
    [InlineData("tr-TR", "Ekipler: \"{0}\" ekibi eklendi", "Ekipler: \"{0}\" ekibinin adı \"{1}\" olarak değiştirildi")]
    public async Task The_desks_own_changes_in_each_language(string language, string added, string renamed)
    {
        var (before, after) = ($"Kargo {language}", $"Kargo ve İade {language}");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var team = (await (await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = before })).Content.ReadFromJsonAsync<JsonObject>())!;
        await admin.Http.PutAsJsonAsync($"/api/v1/teams/{team["id"]}", new { name = after });

        var summaries = await DeskSummariesAsync(language);

        Assert.Contains(string.Format(CultureInfo.InvariantCulture, added, before), summaries);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, renamed, before, after), summaries);
    }

    [Theory]
    [InlineData("en", "Received by Phone", "Note added")]
    [InlineData("tr-TR", "Alındı, kanal: Telefon", "Not eklendi")]
    public async Task A_complaints_events_in_the_csv(string language, string received, string noted)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "note", new { text = "Called the courier." });
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        quality.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var lines = (await quality.Http.GetStringAsync($"/api/v1/audit/events.csv?reference={reference}")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("at,actor,source,reference,clause,summary,text", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, line => line.EndsWith($",{AuditCsv.Cell(noted)},Called the courier.", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith($",{AuditCsv.Cell(received)},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_written_before_events_had_keys_is_shown_as_written()
    {
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = "Eski ekip" });
        await WrittenBeforeKeysAsync("Team \"Eski ekip\" added");

        var summaries = await DeskSummariesAsync("tr-TR");

        Assert.Contains("Teams: Team \"Eski ekip\" added", summaries);
    }

    private async Task<List<string>> DeskSummariesAsync(string language)
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        quality.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = (await quality.Http.GetFromJsonAsync<JsonObject>("/api/v1/audit/events?user=admin@demo.local&pageSize=200"))!;
        return [.. page["items"]!.AsArray().Where(e => e!["source"]!.GetValue<string>() == "Desk").Select(e => e!["summary"]!.GetValue<string>())];
    }

    // The newest team event as this desk wrote it before events had keys: the sentence in Summary and no message.
    private async Task WrittenBeforeKeysAsync(string sentence)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        var newest = await db.AuditEvents.Where(e => e.Area == AuditAreas.Teams).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEvents" SET "Message" = NULL, "Summary" = {sentence} WHERE "Id" = {newest}""");
    }
}
