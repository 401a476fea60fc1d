using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.Reports;

namespace ComplaintDesk.Tests.Components;

/// <summary>The Reports page lists each month's workbook: when, by whom, how big, how long it took, and whether it is ready.</summary>
public sealed class ListingMonthlyReports : DeskPageContext
{
    public ListingMonthlyReports() => SignInAs(DeskPerson.QualityManager);

    [Fact]
    public void A_ready_month_shows_its_run_and_a_download_link()
    {
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(3, "2026-02"), runs: 2));

        var page = RenderPage<ReportsPage>();

        var row = page.Find("tr[data-month='2026-02']");
        Assert.Equal("Ready", row.GetAttribute("data-status"));
        Assert.Contains("February 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeskPerson.QualityManager.DisplayName, row.QuerySelector("[data-by]")!.TextContent.Trim());
        Assert.Equal("36", row.QuerySelector("[data-complaints]")!.TextContent);
        Assert.Equal("47.1 KB", row.QuerySelector("[data-size]")!.TextContent);
        Assert.Equal("1.5 s", row.QuerySelector("[data-took]")!.TextContent);
        Assert.Equal("2", row.QuerySelector("[data-runs]")!.TextContent);
        var download = row.QuerySelector("a[data-download='2026-02']")!;
        Assert.Equal("/api/v1/reports/monthly/2026-02", download.GetAttribute("href"));
        Assert.True(download.HasAttribute("download"));
        Assert.Empty(row.QuerySelectorAll("[data-progress]"));
    }

    [Fact]
    public void Sizes_run_to_megabytes_and_times_to_minutes_and_the_schedule_is_named()
    {
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(9, "2026-01", bytes: 2_621_440, by: "schedule", seconds: 125)));

        var row = RenderPage<ReportsPage>().Find("tr[data-month='2026-01']");

        Assert.Equal("2.5 MB", row.QuerySelector("[data-size]")!.TextContent);
        Assert.Equal("2 min 5 s", row.QuerySelector("[data-took]")!.TextContent);
        Assert.Equal("Schedule", row.QuerySelector("[data-by]")!.TextContent);
    }

    [Fact]
    public void A_failed_run_shows_why_and_still_offers_the_workbook_built_before()
    {
        var older = ReportRuns.Ready(4, "2026-02");
        Reports.Holds(ReportRuns.Month(ReportRuns.Failed(5, "2026-02", "Failed: IOException."), workbook: older, runs: 2));

        var row = RenderPage<ReportsPage>().Find("tr[data-month='2026-02']");

        Assert.Equal("Failed", row.GetAttribute("data-status"));
        Assert.Equal("Failed: IOException.", row.QuerySelector("[data-failure]")!.TextContent);
        Assert.Equal("—", row.QuerySelector("[data-size]")!.TextContent);
        Assert.NotNull(row.QuerySelector("a[data-download='2026-02']"));
        Assert.NotNull(row.QuerySelector("[data-older]"));
    }

    [Fact]
    public void A_month_that_never_built_offers_no_download()
    {
        Reports.Holds(ReportRuns.Month(ReportRuns.Failed(1, "2025-12", "Cancelled.")));

        var row = RenderPage<ReportsPage>().Find("tr[data-month='2025-12']");

        Assert.Empty(row.QuerySelectorAll("a[data-download]"));
    }

    [Fact]
    public void A_run_building_elsewhere_shows_progress()
    {
        Reports.Holds(ReportRuns.Month(ReportRuns.Building(7, "2026-03", Now)));

        var row = RenderPage<ReportsPage>().Find("tr[data-month='2026-03']");

        Assert.Equal("Building", row.GetAttribute("data-status"));
        Assert.NotNull(row.QuerySelector(".mud-progress-linear[data-progress='2026-03']"));
    }

    [Fact]
    public void No_workbook_yet_says_how_one_comes()
    {
        var page = RenderPage<ReportsPage>();

        Assert.Contains("The first one is built on the 1st", page.Find("#reports-empty").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeskRole.Supervisor, true)]
    [InlineData(DeskRole.QualityManager, false)]
    [InlineData(DeskRole.Administrator, false)]
    public void Only_supervisors_get_the_download_with_personal_data_and_are_told_it_is_recorded(DeskRole role, bool offered)
    {
        SignInAs(role == DeskRole.Supervisor ? DeskPerson.Supervisor : role == DeskRole.Administrator ? DeskPerson.Administrator : DeskPerson.QualityManager);
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(3, "2026-02")));

        var page = RenderPage<ReportsPage>();

        var links = page.FindAll("a[data-personal-download='2026-02']");
        Assert.Equal(offered, links.Count == 1);
        Assert.Equal(offered, page.FindAll("#personal-data-note").Count == 1);
        if (offered)
        {
            Assert.Equal("/api/v1/reports/monthly/2026-02/with-personal-data", links[0].GetAttribute("href"));
            Assert.Contains("recorded", page.Find("#personal-data-note").TextContent, StringComparison.Ordinal);
        }
    }
}
