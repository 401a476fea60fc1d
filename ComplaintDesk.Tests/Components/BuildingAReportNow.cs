using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.Reports;
using ComplaintDesk.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>"Build now" queues the job and shows the month building until the hub says its run finished.</summary>
public sealed class BuildingAReportNow : DeskPageContext
{
    public BuildingAReportNow()
    {
        SignInAs(DeskPerson.QualityManager);
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(1, "2026-01")));
    }

    private IReadOnlyList<string> Snackbars => [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];

    [Fact]
    public void Offers_the_month_the_desk_is_in()
    {
        var page = RenderPage<ReportsPage>();

        Assert.Equal("2026-03", page.Find("#build-month").GetAttribute("value"));
    }

    [Fact]
    public void Queues_the_build_of_the_chosen_month_as_the_person_who_asked()
    {
        var page = RenderPage<ReportsPage>();

        page.Find("#build-month").Change("2026-02");
        page.Find("#build-now").Click();

        var job = Assert.Single(Jobs.Enqueued);
        Assert.Equal((typeof(BuildReportJob), nameof(BuildReportJob.RunAsync)), (job.Type, job.Method.Name));
        Assert.Equal(["2026-02", DeskPerson.QualityManager.UserId, DeskPerson.QualityManager.Email], job.Args.Take(3));
        Assert.Equal([DeskRole.QualityManager], (IEnumerable<DeskRole>)job.Args[3]);
    }

    [Fact]
    public async Task Shows_the_month_building_until_its_run_is_announced_then_the_ready_row()
    {
        var page = RenderPage<ReportsPage>();
        page.Find("#build-month").Change("2026-02");
        page.Find("#build-now").Click();

        var building = page.Find("tr[data-month='2026-02']");
        Assert.Equal("Building", building.GetAttribute("data-status"));
        Assert.NotNull(building.QuerySelector("[data-progress='2026-02']"));
        Assert.True(page.Find("#build-now").HasAttribute("disabled"));

        var run = ReportRuns.Ready(2, "2026-02", complaints: 12) with { StartedAt = Now, FinishedAt = Now.AddSeconds(1) };
        Reports.Holds(ReportRuns.Month(run), ReportRuns.Month(ReportRuns.Ready(1, "2026-01")));
        await page.InvokeAsync(() => Events.OnReportBuilt(run));

        page.WaitForAssertion(() => Assert.Equal("Ready", page.Find("tr[data-month='2026-02']").GetAttribute("data-status")));
        Assert.Empty(page.FindAll("[data-progress]"));
        Assert.Equal("12", page.Find("tr[data-month='2026-02'] [data-complaints]").TextContent);
        Assert.Contains("The workbook for February 2026 is ready: 12 complaints.", Snackbars);
    }

    [Fact]
    public async Task Another_months_run_does_not_end_the_wait()
    {
        var page = RenderPage<ReportsPage>();
        page.Find("#build-month").Change("2026-02");
        page.Find("#build-now").Click();

        await page.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Ready(5, "2025-12")));

        page.WaitForAssertion(() => Assert.Equal(3, Reports.Listed));
        Assert.Equal("Building", page.Find("tr[data-month='2026-02']").GetAttribute("data-status"));
        Assert.Empty(Snackbars);
    }

    [Fact]
    public async Task A_failed_run_shows_its_failure()
    {
        var page = RenderPage<ReportsPage>();
        page.Find("#build-month").Change("2026-02");
        page.Find("#build-now").Click();
        var failed = ReportRuns.Failed(2, "2026-02", "Failed: IOException.", startedAt: Now);

        Reports.Holds(ReportRuns.Month(failed), ReportRuns.Month(ReportRuns.Ready(1, "2026-01")));
        await page.InvokeAsync(() => Events.OnReportBuilt(failed));

        page.WaitForAssertion(() => Assert.Equal("Failed", page.Find("tr[data-month='2026-02']").GetAttribute("data-status")));
        Assert.Equal("Failed: IOException.", page.Find("tr[data-month='2026-02'] [data-failure]").TextContent);
        Assert.Contains("The workbook for February 2026 could not be built. Failed: IOException.", Snackbars);
    }

    [Fact]
    public async Task A_run_that_finished_while_the_hub_was_not_heard_is_found_on_reconnection()
    {
        var page = RenderPage<ReportsPage>();
        page.Find("#build-month").Change("2026-02");
        page.Find("#build-now").Click();
        var run = ReportRuns.Ready(2, "2026-02") with { StartedAt = Now.AddSeconds(1), FinishedAt = Now.AddSeconds(3) };

        Reports.Holds(ReportRuns.Month(run));
        await page.InvokeAsync(Events.OnReconnected);

        page.WaitForAssertion(() => Assert.Equal("Ready", page.Find("tr[data-month='2026-02']").GetAttribute("data-status")));
        Assert.Contains("The workbook for February 2026 is ready: 36 complaints.", Snackbars);
    }

    [Fact]
    public async Task An_earlier_run_of_the_month_does_not_count_as_the_one_asked_for()
    {
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(1, "2026-01") with { StartedAt = Now.AddHours(-1) }));
        var page = RenderPage<ReportsPage>();
        page.Find("#build-month").Change("2026-01");
        page.Find("#build-now").Click();

        await page.InvokeAsync(Events.OnReconnected);

        Assert.Equal("Building", page.Find("tr[data-month='2026-01']").GetAttribute("data-status"));
        Assert.Equal("you", page.Find("tr[data-month='2026-01'] [data-by]").TextContent);
        Assert.Empty(Snackbars);
    }

    [Fact]
    public async Task Stops_listening_once_the_page_is_gone()
    {
        RenderPage<ReportsPage>();
        await DisposeComponentsAsync();

        await Events.OnReportBuilt(ReportRuns.Ready(5, "2026-01"));
        await Events.OnReconnected();

        Assert.Equal(1, Reports.Listed);
    }
}
