using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Features.Alerts;

namespace ComplaintDesk.Tests.Components;

/// <summary>The alerts centre's filters and pages are asked of Core; the page only shows what comes back.</summary>
public sealed class FilteringAndPagingAlerts : DeskPageContext
{
    public FilteringAndPagingAlerts()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds([.. Enumerable.Range(1, 45).Select(i => new AlertRowBuilder(i, $"CMP-2026-{i:D6}").Build())]);
    }

    [Fact]
    public void Each_filter_is_passed_to_core_and_starts_again_at_page_one()
    {
        var page = RenderPage<AlertsPage>();
        page.Find("#alerts-next").Click();

        page.Find("#alerts-level").Change("2");
        page.Find("#alerts-kind").Change(nameof(AlertTrigger.Breach));
        page.Find("#alerts-age").Change("4");
        page.Find("#alerts-scope").Change(nameof(AlertScope.MyTeams));

        Assert.Equal(new AlertTriageFilter(2, AlertTrigger.Breach, TimeSpan.FromHours(4), AlertScope.MyTeams), AlertDesk.Filters[^1]);
        Assert.Equal(2, AlertDesk.Filters[1].Page);
    }

    [Fact]
    public void Pages_move_on_and_back_and_say_where_they_are()
    {
        var page = RenderPage<AlertsPage>();
        Assert.Equal("Page 1 of 3 · 45 complaints", page.Find("#alerts-page").TextContent.Trim());
        Assert.Equal(20, page.FindAll("tbody[data-group]").Count);
        Assert.True(page.Find("#alerts-previous").HasAttribute("disabled"));

        page.Find("#alerts-next").Click();
        page.Find("#alerts-next").Click();

        Assert.Equal("Page 3 of 3 · 45 complaints", page.Find("#alerts-page").TextContent.Trim());
        var groups = page.FindAll("tbody[data-group]");
        Assert.Equal(("CMP-2026-000041", "CMP-2026-000045"), (groups[0].GetAttribute("data-group"), groups[^1].GetAttribute("data-group")));
        Assert.True(page.Find("#alerts-next").HasAttribute("disabled"));
    }

    [Fact]
    public void Every_control_has_a_label()
    {
        var page = RenderPage<AlertsPage>();

        foreach (var control in page.FindAll("select, input"))
        {
            var id = control.GetAttribute("id");
            Assert.True(control.HasAttribute("aria-label") || (id is not null && page.FindAll($"label[for='{id}']").Count == 1), $"{control.OuterHtml} has no label.");
        }
    }
}
