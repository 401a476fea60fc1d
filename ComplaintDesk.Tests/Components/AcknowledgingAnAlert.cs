using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.Alerts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>Acknowledging an alert from the alerts centre, and being told when it is refused.</summary>
public sealed class AcknowledgingAnAlert : DeskPageContext
{
    public AcknowledgingAnAlert()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(
            new AlertRowBuilder(3, "CMP-2026-000003").Build(),
            new AlertRowBuilder(4, "CMP-2026-000004").Build());
    }

    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Fact]
    public void Acknowledges_as_the_signed_in_person_and_the_alert_leaves_the_open_list()
    {
        var page = RenderPage<AlertsPage>();

        page.Find("[data-acknowledge='3']").Click();

        var (alertId, actor) = Assert.Single(AlertDesk.Acknowledged);
        Assert.Equal((3L, DeskPerson.Supervisor.Email), (alertId, actor.Email));
        Assert.Contains(DeskRole.Supervisor, actor.Roles);
        page.WaitForAssertion(() => Assert.Equal(["4"], page.FindAll("tr[data-alert-id]").Select(r => r.GetAttribute("data-alert-id"))));
        var shown = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(("You acknowledged the level 1 alert on CMP-2026-000003.", Severity.Success), (shown.Message, shown.Severity));
    }

    [Fact]
    public void With_recent_ones_shown_the_row_says_who_acknowledged_it()
    {
        var page = RenderPage<AlertsPage>();
        page.Find("#show-acknowledged").Change(true);

        page.Find("[data-acknowledge='3']").Click();

        page.WaitForAssertion(() => Assert.Equal("acknowledged", page.Find("tr[data-alert-id='3']").GetAttribute("data-state")));
        var row = page.Find("tr[data-alert-id='3']");
        Assert.Contains(DeskPerson.Supervisor.DisplayName, row.QuerySelector("[data-acknowledged]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-acknowledge]"));
        Assert.NotNull(page.Find("tr[data-alert-id='4'] [data-acknowledge]"));
    }

    [Fact]
    public void A_refusal_shows_its_message_and_the_list_as_it_now_is()
    {
        var page = RenderPage<AlertsPage>();
        AlertDesk.Refusal = new MoveRefusedException("quality@demo.local already acknowledged this alert.");
        AlertDesk.Holds(
            new AlertRowBuilder(3, "CMP-2026-000003").AcknowledgedBy(DeskPerson.QualityManager.Email, Now).Build(),
            new AlertRowBuilder(4, "CMP-2026-000004").Build());

        page.Find("[data-acknowledge='3']").Click();

        var shown = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal((AlertDesk.Refusal.Message, Severity.Warning), (shown.Message, shown.Severity));
        page.WaitForAssertion(() => Assert.Equal(["4"], page.FindAll("tr[data-alert-id]").Select(r => r.GetAttribute("data-alert-id"))));
    }
}
