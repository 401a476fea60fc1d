using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Features.Monitoring;

namespace ComplaintDesk.Tests.Components;

/// <summary>Clicking a count lists the complaints behind it, each a link to its page, from the matching slice of Core.</summary>
public sealed class DrillingIntoAFigure : DeskPageContext
{
    private static readonly MonitoringPeriod March = MonitoringPeriod.Month(2026, 3);

    public DrillingIntoAFigure()
    {
        SignInAs(DeskPerson.QualityManager);
        Monitoring.Answer = period => new MonitoringFiguresBuilder(period)
            .Totals(12, closed: 4, openAtEnd: 8)
            .Clock(ClockKind.Acknowledge, onTime: 9, late: 2)
            .Group(MonitoringDimension.Category, "Delivery", 7, lateToResolve: 2)
            .Group(MonitoringDimension.Category, "Billing", 5)
            .Group(MonitoringDimension.Channel, "SocialMedia", 12)
            .RootCause("Courier delay", 3)
            .Escalation(1, AlertTrigger.Breach, 5)
            .Build();
        Monitoring.Drill = new MonitoringDrill([Complaint("CMP-2026-000004"), Complaint("CMP-2026-000009")], 2);
    }

    [Fact]
    public void A_clock_count_on_a_card_asks_for_that_clock_and_lists_the_references_as_links()
    {
        var (page, dialogs) = Loaded();

        page.Find("[data-kpi='clock-Acknowledge'] [data-drill='Late:Acknowledge']").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(2, dialogs.FindAll(".mud-dialog tr[data-reference]").Count));
        var (period, slice, actor) = Assert.Single(Monitoring.Drills);
        Assert.Equal((March, new MonitoringSlice(MonitoringMeasure.Late, Clock: ClockKind.Acknowledge)), (period, slice));
        Assert.Equal(DeskPerson.QualityManager.Email, actor.Email);
        Assert.Equal(
            ["/complaints/CMP-2026-000004", "/complaints/CMP-2026-000009"],
            dialogs.FindAll(".mud-dialog tr[data-reference] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["CMP-2026-000004", "CMP-2026-000009"], dialogs.FindAll(".mud-dialog tr[data-reference] a").Select(a => a.TextContent.Trim()));
        Assert.Contains("Late on the acknowledge clock", dialogs.Find(".mud-dialog-title").TextContent, StringComparison.Ordinal);
        Assert.Equal("2 complaints, by reference.", dialogs.Find("#drill-count").TextContent.Trim());
    }

    [Fact]
    public void A_breakdown_cell_asks_for_its_group()
    {
        var (page, dialogs) = Loaded();

        page.Find("tr[data-group='Delivery'] [data-drill='Received:Category:Delivery']").Click();
        dialogs.WaitForAssertion(() => Assert.Single(Monitoring.Drills));
        page.Find("tr[data-group='Delivery'] [data-drill='Late:Resolve:Category:Delivery']").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(2, Monitoring.Drills.Count));
        Assert.Equal(
            [
                new MonitoringSlice(MonitoringMeasure.Received, MonitoringDimension.Category, "Delivery"),
                new MonitoringSlice(MonitoringMeasure.Late, MonitoringDimension.Category, "Delivery", ClockKind.Resolve),
            ],
            Monitoring.Drills.Select(d => d.Slice));
    }

    [Fact]
    public void A_channel_reads_in_words_but_is_asked_for_by_its_name()
    {
        var (page, dialogs) = Loaded();

        var row = page.Find("tr[data-group='SocialMedia']");
        Assert.Equal("Social media", row.QuerySelector(".desk-group")!.TextContent);
        row.QuerySelector("[data-drill='Received:Channel:SocialMedia']")!.Click();

        dialogs.WaitForAssertion(() => Assert.Equal(
            new MonitoringSlice(MonitoringMeasure.Received, MonitoringDimension.Channel, "SocialMedia"), Assert.Single(Monitoring.Drills).Slice));
    }

    [Fact]
    public void A_root_cause_and_an_escalation_row_ask_for_their_complaints()
    {
        var (page, dialogs) = Loaded();

        page.Find("tr[data-root-cause='Courier delay'] [data-drill]").Click();
        dialogs.WaitForAssertion(() => Assert.Single(Monitoring.Drills));
        page.Find("tr[data-level='1'][data-trigger='Breach'] [data-drill]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(2, Monitoring.Drills.Count));
        Assert.Equal(
            [
                new MonitoringSlice(MonitoringMeasure.Closed, RootCause: "Courier delay"),
                new MonitoringSlice(MonitoringMeasure.Escalated, Level: 1, Trigger: AlertTrigger.Breach),
            ],
            Monitoring.Drills.Select(d => d.Slice));
    }

    [Fact]
    public void A_long_list_says_how_much_is_left_out()
    {
        Monitoring.Drill = Monitoring.Drill with { Total = 1234 };
        var (page, dialogs) = Loaded();

        page.Find("[data-kpi='received'] [data-drill='Received']").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("The first 2 of 1,234 complaints, by reference.", dialogs.Find("#drill-count").TextContent.Trim()));
    }

    [Fact]
    public void A_zero_is_not_offered_as_a_link()
    {
        var (page, _) = Loaded();

        Assert.Empty(page.FindAll("[data-drill='Escalated']"));
        Assert.Equal("0", page.Find("[data-figure='Escalated']").TextContent);
    }

    private (IRenderedComponent<MonitoringPage> Page, IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs) Loaded()
    {
        var dialogs = RenderDialogs();
        var page = RenderPage<MonitoringPage>();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#monitoring").GetAttribute("data-loaded")));
        return (page, dialogs);
    }

    private static MonitoredComplaint Complaint(string reference) => new(
        1, reference, DeskPageContext.Now.AddDays(-1), ComplaintStatus.Acknowledged, null, Channel.Email, "Delivery", Priority.High,
        DeskPerson.Handler.Email, "", "", 0, null, null, null, null, [], null);
}
