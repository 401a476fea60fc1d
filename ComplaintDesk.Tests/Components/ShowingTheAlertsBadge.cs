using Bunit;
using ComplaintDesk.Web.Components.Layout;

namespace ComplaintDesk.Tests.Components;

/// <summary>The bell in the app bar shows how many alerts are open for the signed-in person, and only then.</summary>
public sealed class ShowingTheAlertsBadge : DeskPageContext
{
    public ShowingTheAlertsBadge() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Hidden_while_nothing_is_open()
    {
        AlertDesk.Holds(new AlertRowBuilder(1, "CMP-2026-000001").AtLevel(0).AcknowledgedBy(DeskPerson.Handler.Email, Now).Build());

        var badge = Render<AlertsBadge>();

        Assert.Equal(1, AlertDesk.Counts);
        Assert.Empty(badge.FindAll("#alerts-badge"));
        Assert.Empty(badge.FindAll("a"));
    }

    [Fact]
    public void Shows_the_number_open_and_leads_to_the_alerts_centre()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(1, "CMP-2026-000001").AtLevel(0).Build(),
            new AlertRowBuilder(2, "CMP-2026-000002").AtLevel(0).Build(),
            new AlertRowBuilder(3, "CMP-2026-000003").AtLevel(0).AcknowledgedBy(DeskPerson.Handler.Email, Now).Build());

        var badge = Render<AlertsBadge>();

        Assert.Equal("2", badge.Find("#alerts-badge").GetAttribute("data-count"));
        Assert.Equal("2", badge.Find(".mud-badge").TextContent.Trim());
        Assert.Equal("/alerts", badge.Find("#alerts-badge a").GetAttribute("href"));
        Assert.Equal("Alerts: 2 open", badge.Find("#alerts-badge a").GetAttribute("aria-label"));
    }
}
