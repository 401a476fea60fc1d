using Bunit;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Features.Monitoring;

namespace ComplaintDesk.Tests.Components;

/// <summary>The dashboard shows Core's figures for the month the desk is in, as text a quality manager reads.</summary>
public sealed class ReadingTheMonitoringDashboard : DeskPageContext
{
    private static readonly MonitoringPeriod March = MonitoringPeriod.Month(2026, 3);

    public ReadingTheMonitoringDashboard()
    {
        SignInAs(DeskPerson.QualityManager);
        Monitoring.Answer = period => period == March
            ? new MonitoringFiguresBuilder(March)
                .Totals(42, closed: 30, withdrawn: 2, openAtEnd: 17, escalations: 5, reopened: 1, satisfaction: 4.2, responseRate: 0.6)
                .Clock(ClockKind.Acknowledge, onTime: 30, late: 10, meanHours: 2.5)
                .Clock(ClockKind.Resolve, onTime: 7, late: 1, meanHours: 31.25, medianHours: 28)
                .Build()
            : new MonitoringFiguresBuilder(period).Totals(3).Build();
    }

    [Fact]
    public void Opens_on_the_month_the_desk_is_in()
    {
        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#monitoring").GetAttribute("data-loaded")));
        Assert.Equal(March, Monitoring.Asked[0]);
        Assert.Equal("March 2026", page.Find("#period-shown").TextContent);
        Assert.Equal("2026-03", page.Find("#period-month").GetAttribute("value"));
    }

    [Fact]
    public void Shows_the_headline_counts()
    {
        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal("42", Figure(page, "received")));
        Assert.Equal("30", Figure(page, "closed"));
        Assert.Equal("2 withdrawn", page.Find("[data-kpi='closed'] [data-drill='Withdrawn']").TextContent);
        Assert.Equal("17", Figure(page, "open-at-end"));
        Assert.Equal("5", Figure(page, "escalations"));
        Assert.Equal("1", Figure(page, "reopened"));
        Assert.Equal("4.2 / 5", page.Find("[data-kpi='satisfaction'] [data-value]").TextContent);
        Assert.Equal("60.0 %", page.Find("[data-kpi='satisfaction'] [data-response-rate]").TextContent);
    }

    [Fact]
    public void Shows_each_clock_as_a_rate_with_its_counts_and_hours_and_a_dash_for_what_was_not_counted()
    {
        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal("75.0 %", page.Find("[data-kpi='clock-Acknowledge'] [data-value]").TextContent));
        Assert.Equal("30 on time", page.Find("[data-kpi='clock-Acknowledge'] [data-drill='OnTime:Acknowledge']").TextContent);
        Assert.Equal("10 late", page.Find("[data-kpi='clock-Acknowledge'] [data-drill='Late:Acknowledge']").TextContent);
        Assert.Equal("2.5 h", page.Find("[data-kpi='clock-Acknowledge'] [data-mean]").TextContent);
        Assert.Equal("—", page.Find("[data-kpi='clock-Acknowledge'] [data-median]").TextContent);
        Assert.Equal("87.5 %", page.Find("[data-kpi='clock-Resolve'] [data-value]").TextContent);
        Assert.Equal("31.3 h", page.Find("[data-kpi='clock-Resolve'] [data-mean]").TextContent);
        Assert.Equal("28.0 h", page.Find("[data-kpi='clock-Resolve'] [data-median]").TextContent);
        Assert.Equal("—", page.Find("[data-kpi='clock-Respond'] [data-value]").TextContent);
    }

    [Fact]
    public void Counts_the_volume_chart_week_by_week_from_Core()
    {
        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Equal(7, Monitoring.Asked.Count));
        // March 2026 starts on a Sunday: six bars, Monday to Sunday, cut at the month's edges.
        Assert.Equal(
            [March, Days(1, 1), Days(2, 8), Days(9, 15), Days(16, 22), Days(23, 29), Days(30, 31)],
            Monitoring.Asked);
        Assert.Equal("Received per week", page.Find("#chart-volume h6, #chart-volume .mud-typography-subtitle1").TextContent);
    }

    [Fact]
    public void An_empty_month_says_so_instead_of_showing_zeros()
    {
        Monitoring.Answer = period => new MonitoringFiguresBuilder(period).Build();

        var page = RenderPage<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Contains("No complaints in March 2026", page.Find("#monitoring-empty").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#kpis"));
        Assert.Empty(page.FindAll("[data-drill]"));
    }

    private static string Figure(IRenderedComponent<MonitoringPage> page, string kpi) =>
        page.Find($"[data-kpi='{kpi}'] .desk-kpi-figure").TextContent.Trim();

    private static MonitoringPeriod Days(int first, int last) => new(new DateOnly(2026, 3, first), new DateOnly(2026, 3, last));
}
