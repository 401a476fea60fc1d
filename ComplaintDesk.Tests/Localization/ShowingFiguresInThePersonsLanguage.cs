using Bunit;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Alerts;
using ComplaintDesk.Web.Features.Monitoring;
using ComplaintDesk.Web.Features.Reports;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Tests.Localization;

/// <summary>Rates, hours, months, sizes and durations on the dashboard and the reports read as the person's language writes them.</summary>
public sealed class ShowingFiguresInThePersonsLanguage : DeskPageContext
{
    private static readonly MonitoringPeriod March = MonitoringPeriod.Month(2026, 3);

    public ShowingFiguresInThePersonsLanguage()
    {
        SignInAs(DeskPerson.QualityManager);
        Monitoring.Answer = period => new MonitoringFiguresBuilder(period)
            .Totals(42, closed: 30, withdrawn: 2, openAtEnd: 17, escalations: 5, reopened: 1, satisfaction: 4.2, responseRate: 0.6)
            .Clock(ClockKind.Acknowledge, onTime: 30, late: 10, meanHours: 2.5)
            .Build();
    }

    [Theory]
    [InlineData("tr-TR", "Mart 2026", "%75,0", "2,5 sa", "4,2 / 5", "30 zamanında", "Haftalık alınan")]
    [InlineData("en", "March 2026", "75.0 %", "2.5 h", "4.2 / 5", "30 on time", "Received per week")]
    public void The_dashboards_figures(string culture, string month, string rate, string hours, string score, string onTime, string chart)
    {
        using var language = new TestCulture(culture);

        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#monitoring").GetAttribute("data-loaded")));
        Assert.Equal(month, page.Find("#period-shown").TextContent);
        Assert.Equal(rate, page.Find("[data-kpi='clock-Acknowledge'] [data-value]").TextContent);
        Assert.Equal(hours, page.Find("[data-kpi='clock-Acknowledge'] [data-mean]").TextContent);
        Assert.Equal(score, page.Find("[data-kpi='satisfaction'] [data-value]").TextContent);
        Assert.Equal(onTime, page.Find("[data-kpi='clock-Acknowledge'] [data-drill='OnTime:Acknowledge']").TextContent);
        Assert.Equal(chart, page.Find("#chart-volume .mud-typography-subtitle1").TextContent);
    }

    [Theory]
    [InlineData("tr-TR", "(kategorisiz)", "(atanmamış)")]
    [InlineData("en", "(no category)", "(unassigned)")]
    public void The_groups_without_a_category_or_a_handler(string culture, string uncategorised, string unassigned)
    {
        using var language = new TestCulture(culture);
        Monitoring.Answer = period => new MonitoringFiguresBuilder(period)
            .Totals(5)
            .Group(MonitoringDimension.Category, GroupKeys.Uncategorised, 3)
            .Group(MonitoringDimension.Category, "Kargo", 2)
            .Group(MonitoringDimension.Handler, GroupKeys.Unassigned, 5)
            .Build();

        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#monitoring").GetAttribute("data-loaded")));
        Assert.Equal(uncategorised, page.Find($"tr[data-group='{GroupKeys.Uncategorised}'] .desk-group").TextContent);
        Assert.Equal("Kargo", page.Find("tr[data-group='Kargo'] .desk-group").TextContent);
        Assert.Equal(unassigned, page.Find($"tr[data-group='{GroupKeys.Unassigned}'] .desk-group").TextContent);
        Assert.Contains(uncategorised, page.Find("#chart-pareto").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr-TR", "2–8 Şub", "03.02.2026 – 17.02.2026")]
    [InlineData("en", "2–8 Feb", "3 Feb 2026 to 17 Feb 2026")]
    public void A_run_of_days_and_a_weeks_bar(string culture, string bar, string period)
    {
        using var language = new TestCulture(culture);
        var text = Services.GetRequiredService<IStringLocalizer<DeskText>>();

        Assert.Equal(bar, VolumeBuckets.Label(new MonitoringPeriod(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 8)), VolumeUnit.Week));
        Assert.Equal(period, text.Period(new MonitoringPeriod(new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 17))));
    }

    [Theory]
    [InlineData("tr-TR", "Şubat 2026", "47,1 KB", "1,5 sn", "Hazır")]
    [InlineData("en", "February 2026", "47.1 KB", "1.5 s", "Ready")]
    public void A_months_workbook(string culture, string month, string size, string took, string ready)
    {
        using var language = new TestCulture(culture);
        Reports.Holds(ReportRuns.Month(ReportRuns.Ready(3, "2026-02"), runs: 2));

        var row = RenderPage<ReportsPage>().Find("tr[data-month='2026-02']");

        Assert.Contains(month, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(size, row.QuerySelector("[data-size]")!.TextContent);
        Assert.Equal(took, row.QuerySelector("[data-took]")!.TextContent);
        Assert.Equal(ready, row.QuerySelector(".desk-report-status")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("tr-TR", "Seviye 2", "şikâyet ve kalite yöneticisi")]
    [InlineData("en", "Level 2", "complaints and quality manager")]
    public void An_alerts_level_and_whose_hands_it_is_in(string culture, string level, string holder)
    {
        using var language = new TestCulture(culture);

        var chip = Render<AlertLevelChip>(p => p.Add(c => c.Level, 2));

        Assert.Equal(level, chip.Find("[data-level]").TextContent.Trim());
        Assert.Equal(holder, chip.Find(".mud-typography-caption").TextContent);
    }
}
