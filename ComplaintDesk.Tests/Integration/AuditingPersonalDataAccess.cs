using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary><c>GET /api/v1/audit/access</c>: who was shown, exported or erased whose personal data (ISO 10002 4.10, Annex D.4).</summary>
public sealed class AuditingPersonalDataAccess(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    [Fact]
    public async Task A_handler_reading_a_complaint_is_one_view_and_a_quality_manager_reading_it_masked_is_none()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        Assert.NotNull((await handler.GetAsync(reference))["complainant"]);
        await handler.GetAsync(reference);
        Assert.Null((await quality.GetAsync(reference))["complainant"]);

        var page = await AccessAsync(quality, $"reference={reference}");
        Assert.Equal(1, page["total"]!.GetValue<int>());
        var item = Assert.Single(page["items"]!.AsArray())!.AsObject();
        Assert.Equal(["action", "at", "reference", "role", "user"], item.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("handler@demo.local", "Handler", reference, "view"), (Text(item, "user"), Text(item, "role"), Text(item, "reference"), Text(item, "action")));
        Assert.Equal(factory.Time.GetUtcNow(), item["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task An_erasure_and_an_export_are_recorded_with_their_action()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "Asked for erasure." });
        var export = await supervisor.Http.GetAsync("/api/v1/reports/monthly/2026-11/with-personal-data");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var erased = Assert.Single((await AccessAsync(admin, $"reference={reference}"))["items"]!.AsArray())!.AsObject();
        Assert.Equal(("admin@demo.local", "Administrator", "anonymise"), (Text(erased, "user"), Text(erased, "role"), Text(erased, "action")));
        var exported = (await AccessAsync(admin, "user=supervisor@demo.local"))["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => Text(i, "action") == "export");
        Assert.Equal(("Supervisor", null), (Text(exported, "role"), exported["reference"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Filters_by_kind_of_access()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.GetAsync(reference);
        await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "Asked for erasure." });

        var views = await AccessAsync(admin, $"reference={reference}&action=view");
        var erasures = await AccessAsync(admin, $"reference={reference}&action=anonymise");
        var exports = await AccessAsync(admin, $"reference={reference}&action=export");

        Assert.Equal(["view"], views["items"]!.AsArray().Select(i => Text(i!.AsObject(), "action")));
        Assert.Equal(["anonymise"], erasures["items"]!.AsArray().Select(i => Text(i!.AsObject(), "action")));
        Assert.Equal(0, exports["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filters_by_person_and_days_and_pages_newest_first_with_the_total()
    {
        factory.Time.Advance(TimeSpan.FromDays(3));
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var references = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
            await supervisor.GetAsync(reference);
            await handler.GetAsync(reference);
            references.Add(reference);
            factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var day = TimeZoneInfo.ConvertTime(factory.Time.GetUtcNow(), Istanbul).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = $"user=SUPERVISOR@demo&from={day}&to={day}&pageSize=2";
        var first = await AccessAsync(quality, filter + "&page=1");
        var second = await AccessAsync(quality, filter + "&page=2");
        var beyond = await AccessAsync(quality, filter.Replace("pageSize=2", "pageSize=200", StringComparison.Ordinal) + "&page=2147483647");
        var dayAfter = await AccessAsync(quality, $"user=supervisor@demo.local&from={DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1):yyyy-MM-dd}");

        Assert.Equal((3, 3, 3), (first["total"]!.GetValue<int>(), second["total"]!.GetValue<int>(), beyond["total"]!.GetValue<int>()));
        Assert.Equal(
            [references[2], references[1], references[0]],
            first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => Text(i!.AsObject(), "reference")));
        Assert.Empty(beyond["items"]!.AsArray());
        Assert.Equal(0, dayAfter["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("handler@demo.local", "/api/v1/audit/access")]
    [InlineData("supervisor@demo.local", "/api/v1/audit/access")]
    [InlineData("handler@demo.local", "/api/v1/audit/access.csv")]
    [InlineData("supervisor@demo.local", "/api/v1/audit/events")]
    [InlineData("supervisor@demo.local", "/api/v1/audit/events.csv")]
    public async Task Handlers_and_supervisors_get_403(string email, string route)
    {
        var caller = await DeskApi.SignInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await caller.Http.GetAsync(route)).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-11-20&to=2026-11-19", "to")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("action=views", "action")]
    [InlineData("action=Export", "action")]
    public async Task A_bad_filter_is_a_field_error(string query, string field)
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var response = await quality.Http.GetAsync($"/api/v1/audit/access?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task The_retention_job_runs_every_night_in_the_desks_time_zone()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var retention = connection.GetRecurringJobs().Single(j => j.Id == RetentionJob.Id);

        Assert.Equal(("30 3 * * *", "Europe/Istanbul"), (retention.Cron, retention.TimeZoneId));
    }

    private static async Task<JsonObject> AccessAsync(DeskApi api, string query)
    {
        var response = await api.Http.GetAsync($"/api/v1/audit/access?{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string? Text(JsonObject item, string field) => item[field]?.GetValue<string>();
}
