using Bunit;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Web.Features.Monitoring;

namespace ComplaintDesk.Tests.Components;

/// <summary>A quality manager picks a month or a run of days; the dashboard asks Core for exactly that period.</summary>
public sealed class ChoosingTheMonitoringPeriod : DeskPageContext
{
    public ChoosingTheMonitoringPeriod()
    {
        SignInAs(DeskPerson.QualityManager);
        // Each period answers with its own first day as the count, so the screen shows whose figures it has.
        Monitoring.Answer = period => new MonitoringFiguresBuilder(period).Totals(period.From.Day * 100 + period.To.Day).Build();
    }

    [Fact]
    public void Picking_a_month_shows_that_months_figures()
    {
        var page = Loaded();

        page.Find("#period-month").Change("2026-01");

        page.WaitForAssertion(() => Assert.Equal("January 2026", page.Find("#period-shown").TextContent));
        Assert.Contains(MonitoringPeriod.Month(2026, 1), Monitoring.Asked);
        Assert.Equal("131", page.Find("[data-kpi='received'] [data-drill]").TextContent);
    }

    [Fact]
    public void The_arrows_step_a_month_back_and_forth()
    {
        var page = Loaded();

        page.Find("#period-previous").Click();
        page.WaitForAssertion(() => Assert.Equal("February 2026", page.Find("#period-shown").TextContent));
        page.Find("#period-next").Click();
        page.Find("#period-next").Click();

        page.WaitForAssertion(() => Assert.Equal("April 2026", page.Find("#period-shown").TextContent));
        Assert.Equal("2026-04", page.Find("#period-month").GetAttribute("value"));
        Assert.Contains(MonitoringPeriod.Month(2026, 2), Monitoring.Asked);
        Assert.Contains(MonitoringPeriod.Month(2026, 4), Monitoring.Asked);
    }

    [Fact]
    public void A_date_range_asks_for_those_days()
    {
        var page = Loaded();
        var range = new MonitoringPeriod(new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 17));

        page.FindAll("#period-mode button").Single(b => b.TextContent.Trim() == "Date range").Click();
        page.Find("#period-from").Change("2026-02-03");
        page.Find("#period-to").Change("2026-02-17");
        page.Find("#period-apply").Click();

        page.WaitForAssertion(() => Assert.Equal("3 Feb 2026 to 17 Feb 2026", page.Find("#period-shown").TextContent));
        Assert.Equal(range, Monitoring.Asked.Last(p => p.To.DayNumber - p.From.DayNumber > 7));
        Assert.Equal("317", page.Find("[data-kpi='received'] [data-drill]").TextContent);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused_without_asking()
    {
        var page = Loaded();
        var asked = Monitoring.Asked.Count;

        page.FindAll("#period-mode button").Single(b => b.TextContent.Trim() == "Date range").Click();
        page.Find("#period-from").Change("2026-02-17");
        page.Find("#period-to").Change("2026-02-03");
        page.Find("#period-apply").Click();

        Assert.Contains("The last day must be on or after the first.", page.Markup, StringComparison.Ordinal);
        Assert.Equal(asked, Monitoring.Asked.Count);
        Assert.Equal("March 2026", page.Find("#period-shown").TextContent);
    }

    private IRenderedComponent<MonitoringPage> Loaded()
    {
        var page = RenderPage<MonitoringPage>();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#monitoring").GetAttribute("data-loaded")));
        return page;
    }
}
