using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Features.Alerts;

namespace ComplaintDesk.Tests.Components;

/// <summary>Selecting groups and single alerts, acknowledging them together, and reading the answer for each.</summary>
public sealed class AcknowledgingSelectedAlerts : DeskPageContext
{
    public AcknowledgingSelectedAlerts()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(
            new AlertRowBuilder(1, "CMP-2026-000001").AtLevel(2).Build(),
            new AlertRowBuilder(2, "CMP-2026-000001").Build(),
            new AlertRowBuilder(3, "CMP-2026-000002").Build(),
            new AlertRowBuilder(4, "CMP-2026-000002").Build(),
            new AlertRowBuilder(5, "CMP-2026-000003").Build());
    }

    [Fact]
    public void A_selected_group_and_a_selected_alert_are_acknowledged_together_with_an_answer_each()
    {
        AlertDesk.Refused[4] = new AlertAcknowledgement(4, AcknowledgementOutcome.AlreadyAcknowledged, "CMP-2026-000002", DeskPerson.QualityManager.Email, Now);
        var page = RenderPage<AlertsPage>();
        Assert.True(page.Find("#acknowledge-selected").HasAttribute("disabled"));

        page.Find("#select-CMP-2026-000001").Change(true);
        page.Find("[data-expand='CMP-2026-000002']").Click();
        page.Find("#select-alert-4").Change(true);
        Assert.Equal("Acknowledge selected (3)", page.Find("#acknowledge-selected").TextContent.Trim());
        page.Find("#acknowledge-selected").Click();

        Assert.Equal([1L, 2L, 4L], AlertDesk.Acknowledged.Select(a => a.AlertId).Order());
        var answers = page.FindAll("#acknowledge-results li");
        Assert.Equal("Acknowledged 2 of 3 selected alerts.", page.Find("#acknowledge-results p").TextContent.Trim());
        Assert.Equal(
            $"CMP-2026-000002: already acknowledged by {DeskPerson.QualityManager.Email}",
            answers.Single(a => a.GetAttribute("data-outcome") == nameof(AcknowledgementOutcome.AlreadyAcknowledged)).TextContent.Trim());
        Assert.Equal(["CMP-2026-000002", "CMP-2026-000003"], page.FindAll("tbody[data-group]").Select(g => g.GetAttribute("data-group")));
        Assert.Equal("Acknowledge selected (0)", page.Find("#acknowledge-selected").TextContent.Trim());
    }

    [Fact]
    public void Selecting_the_page_selects_every_open_alert_on_it()
    {
        var page = RenderPage<AlertsPage>();

        page.Find("#select-page").Change(true);

        Assert.Equal("Acknowledge selected (5)", page.Find("#acknowledge-selected").TextContent.Trim());
        Assert.All(page.FindAll("tbody[data-group] input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));
    }

    [Fact]
    public void Unselecting_one_alert_unselects_its_group()
    {
        var page = RenderPage<AlertsPage>();
        page.Find("#select-CMP-2026-000001").Change(true);
        page.Find("[data-expand='CMP-2026-000001']").Click();

        page.Find("#select-alert-2").Change(false);

        Assert.False(page.Find("#select-CMP-2026-000001").HasAttribute("checked"));
        Assert.Equal("Acknowledge selected (1)", page.Find("#acknowledge-selected").TextContent.Trim());
    }
}
