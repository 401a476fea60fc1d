using System.Net;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The audit's CSV downloads: every matching row, and no cell a spreadsheet would run as a formula.</summary>
public sealed class DownloadingTheAuditAsCsv(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task The_events_of_one_complaint_come_as_csv_with_formula_like_text_neutralised()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "note", new { text = "=HYPERLINK(\"http://evil.example\",\"click\")" });
        await handler.MoveAsync(reference, "note", new { text = "@SUM(1+1)" });

        var response = await quality.Http.GetAsync($"/api/v1/audit/events.csv?reference={reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("audit-events.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,source,reference,clause,summary,text", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains($",complaint,{reference},", l, StringComparison.Ordinal));
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", lines.Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",'@SUM(1+1)", lines.Single(l => l.Contains("SUM", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains(",=", StringComparison.Ordinal) || l.Contains(",@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_access_records_come_as_csv_without_the_personal_data()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.GetAsync(reference);

        var response = await admin.Http.GetAsync($"/api/v1/audit/access.csv?reference={reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["at,user,role,reference,action,detail", $"2026-11-23T09:00:00Z,handler@demo.local,Handler,{reference},view,"], lines);
        Assert.DoesNotContain("Ali Veli", text, StringComparison.Ordinal);
    }
}
