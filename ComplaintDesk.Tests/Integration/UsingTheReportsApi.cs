using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

public sealed class UsingTheReportsApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    // The fake clock stands on 23 November 2026: demo complaints were received in November.
    private const string Month = "2026-11";

    [Fact]
    public async Task Building_a_month_answers_201_with_the_run_once_the_workbook_is_stored_and_it_downloads()
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var built = await quality.Http.PostAsync($"/api/v1/reports/monthly/{Month}", null);

        Assert.Equal(HttpStatusCode.Created, built.StatusCode);
        Assert.Equal($"/api/v1/reports/monthly/{Month}", built.Headers.Location!.OriginalString);
        var run = (await built.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(run["succeeded"]!.GetValue<bool>());
        Assert.Equal("quality@demo.local", run["requestedBy"]!.GetValue<string>());
        var download = await quality.Http.GetAsync($"/api/v1/reports/monthly/{Month}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await download.Content.ReadAsStreamAsync());
        var received = workbook.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "Received").Cell(2).GetValue<int>();
        Assert.Equal(run["complaints"]!.GetValue<int>(), received);
        Assert.True(received > 0);
    }

    [Fact]
    public async Task A_month_without_a_workbook_is_404_and_a_malformed_month_is_400()
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await quality.Http.GetAsync("/api/v1/reports/monthly/2019-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await quality.Http.PostAsync("/api/v1/reports/monthly/November", null)).StatusCode);
    }

    [Fact]
    public async Task Handlers_may_not_use_the_reports()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Http.PostAsync($"/api/v1/reports/monthly/{Month}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Http.GetAsync($"/api/v1/reports/monthly/{Month}")).StatusCode);
    }

    [Fact]
    public async Task Only_supervisors_get_the_export_with_personal_data()
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await quality.Http.GetAsync($"/api/v1/reports/monthly/{Month}/with-personal-data")).StatusCode);
        var export = await supervisor.Http.GetAsync($"/api/v1/reports/monthly/{Month}/with-personal-data");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Contains("Complainant", workbook.Worksheet("Complaints").Row(1).CellsUsed().Select(c => c.GetString()));
    }

    [Fact]
    public void The_monthly_job_is_scheduled_for_0200_on_the_first_in_the_desks_time_zone()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs();

        var monthly = jobs.Single(j => j.Id == MonthlyReportJob.Id);
        Assert.Equal(("0 2 1 * *", "Europe/Istanbul"), (monthly.Cron, monthly.TimeZoneId));
        Assert.Equal(Cron.Minutely(), jobs.Single(j => j.Id == SlaSweepJob.Id).Cron);
    }
}
