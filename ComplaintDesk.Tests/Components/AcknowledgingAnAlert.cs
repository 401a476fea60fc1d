using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Features.Alerts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>Acknowledging a complaint's alerts from its group, and being told what was refused.</summary>
public sealed class AcknowledgingAnAlert : DeskPageContext
{
    public AcknowledgingAnAlert()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(
            new AlertRowBuilder(3, "CMP-2026-000003").Build(),
            new AlertRowBuilder(5, "CMP-2026-000003").AtLevel(2).Build(),
            new AlertRowBuilder(4, "CMP-2026-000004").Build());
    }

    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Fact]
    public void Acknowledges_the_groups_open_alerts_as_the_signed_in_person_and_the_group_leaves_the_open_list()
    {
        var page = RenderPage<AlertsPage>();

        page.Find("[data-acknowledge-group='CMP-2026-000003']").Click();

        Assert.Equal([3L, 5L], AlertDesk.Acknowledged.Select(a => a.AlertId));
        Assert.All(AlertDesk.Acknowledged, a => Assert.Equal(DeskPerson.Supervisor.Email, a.Actor.Email));
        Assert.Contains(DeskRole.Supervisor, AlertDesk.Acknowledged[0].Actor.Roles);
        page.WaitForAssertion(() => Assert.Equal(["CMP-2026-000004"], page.FindAll("tbody[data-group]").Select(g => g.GetAttribute("data-group"))));
        var shown = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(("You acknowledged 2 alerts on CMP-2026-000003.", Severity.Success), (shown.Message, shown.Severity));
    }

    [Fact]
    public void With_acknowledged_ones_shown_the_alerts_say_who_acknowledged_them()
    {
        var page = RenderPage<AlertsPage>();
        page.Find("#show-acknowledged").Change(true);

        page.Find("[data-acknowledge-group='CMP-2026-000003']").Click();
        page.Find("[data-expand='CMP-2026-000003']").Click();

        Assert.Equal("acknowledged", page.Find("tbody[data-group='CMP-2026-000003']").GetAttribute("data-state"));
        Assert.All(page.FindAll("tr[data-reference='CMP-2026-000003']"),
            row => Assert.Contains(DeskPerson.Supervisor.DisplayName, row.QuerySelector("[data-acknowledged]")!.TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("tbody[data-group='CMP-2026-000004'] [data-acknowledge-group]"));
    }

    [Fact]
    public void A_refusal_says_what_happened_and_the_list_is_read_again()
    {
        var page = RenderPage<AlertsPage>();
        AlertDesk.Refused[5] = new AlertAcknowledgement(5, AcknowledgementOutcome.AlreadyAcknowledged, "CMP-2026-000003", DeskPerson.QualityManager.Email, Now);

        page.Find("[data-acknowledge-group='CMP-2026-000003']").Click();

        var shown = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(($"CMP-2026-000003: 1 acknowledged; the others were already acknowledged by {DeskPerson.QualityManager.Email}.", Severity.Warning),
            (shown.Message, shown.Severity));
        Assert.Equal([true, true], AlertDesk.Listed);
    }
}
