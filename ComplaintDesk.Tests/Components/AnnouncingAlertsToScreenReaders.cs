using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Layout;

namespace ComplaintDesk.Tests.Components;

/// <summary>A new alert and a changed count reach screen readers through live regions that are on the page before they change.</summary>
public sealed class AnnouncingAlertsToScreenReaders : DeskPageContext
{
    private static readonly AlertView Breach = new AlertRowBuilder(5, "CMP-2026-000005").AtLevel(1)
        .RaisedBy(AlertTrigger.Breach, ClockKind.Acknowledge).Build().Alert;

    public AnnouncingAlertsToScreenReaders() => SignInAs(DeskPerson.Handler);

    [Fact]
    public async Task A_raised_alert_is_said_in_a_live_region_that_was_there_before()
    {
        var toasts = Render<AlertToasts>();
        var region = toasts.Find("#alert-announcement");
        Assert.Equal(("polite", ""), (region.GetAttribute("aria-live"), region.TextContent));

        await toasts.InvokeAsync(() => Events.OnAlertRaised(Breach));

        Assert.Equal("Level 1 alert on CMP-2026-000005: Deadline passed", toasts.Find("#alert-announcement").TextContent);
    }

    [Fact]
    public async Task The_open_count_is_said_when_it_changes_even_while_the_bell_is_hidden()
    {
        var badge = Render<AlertsBadge>();
        Assert.Equal("polite", badge.Find("#alerts-count-announcement").GetAttribute("aria-live"));
        Assert.Equal("No open alerts", badge.Find("#alerts-count-announcement").TextContent);

        AlertDesk.Holds(new AlertRowBuilder(5, "CMP-2026-000005").AtLevel(1).Build());
        await badge.InvokeAsync(() => Events.OnAlertRaised(Breach));

        badge.WaitForAssertion(() => Assert.Equal("1 open alert", badge.Find("#alerts-count-announcement").TextContent));
    }
}
