using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Components.Layout;
using ComplaintDesk.Web.Features.Alerts;
using ComplaintDesk.Web.RealTime;

namespace ComplaintDesk.Tests.Components;

/// <summary>What the hub says about alerts reaches the alerts centre and the badge without a reload.</summary>
public sealed class HearingAlertsLive : DeskPageContext
{
    private static readonly AlertRow First = new AlertRowBuilder(1, "CMP-2026-000001").Build();
    private static readonly AlertRow Second = new AlertRowBuilder(2, "CMP-2026-000002").AtLevel(2).Build();

    public HearingAlertsLive()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(First);
    }

    [Fact]
    public async Task A_raised_alert_is_read_again_into_the_list_and_the_badge()
    {
        var page = RenderPage<AlertsPage>();
        var badge = Render<AlertsBadge>();
        Assert.Equal("1", badge.Find("#alerts-badge").GetAttribute("data-count"));

        AlertDesk.Holds(Second, First);
        await page.InvokeAsync(() => Events.OnAlertRaised(Second.Alert));

        page.WaitForAssertion(() => Assert.Equal(
            ["CMP-2026-000002", "CMP-2026-000001"], page.FindAll("tbody[data-group]").Select(g => g.GetAttribute("data-group"))));
        badge.WaitForAssertion(() => Assert.Equal("2", badge.Find("#alerts-badge").GetAttribute("data-count")));
    }

    [Fact]
    public async Task An_alert_acknowledged_elsewhere_leaves_the_list_and_the_badge()
    {
        var page = RenderPage<AlertsPage>();
        var badge = Render<AlertsBadge>();
        var acknowledged = First.Alert with { AcknowledgedAt = Now, AcknowledgedBy = DeskPerson.QualityManager.Email };

        AlertDesk.Holds(First with { Alert = acknowledged });
        await page.InvokeAsync(() => Events.OnAlertAcknowledged(acknowledged));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#alerts-empty")));
        badge.WaitForAssertion(() => Assert.Empty(badge.FindAll("#alerts-badge")));
    }

    [Fact]
    public async Task A_reminder_and_a_reconnection_read_the_groups_again()
    {
        var page = RenderPage<AlertsPage>();

        await page.InvokeAsync(() => Events.OnAlertReminder(First.Alert));
        page.WaitForAssertion(() => Assert.Equal(2, AlertDesk.Listed.Count));
        await page.InvokeAsync(Events.OnReconnected);
        Time.Advance(LiveComponent.RefreshSpacing);

        page.WaitForAssertion(() => Assert.Equal(3, AlertDesk.Listed.Count));
    }

    [Fact]
    public async Task A_reconnection_counts_the_badge_again()
    {
        var badge = Render<AlertsBadge>();
        AlertDesk.Holds(First, Second);

        await badge.InvokeAsync(Events.OnReconnected);

        badge.WaitForAssertion(() => Assert.Equal("2", badge.Find("#alerts-badge").GetAttribute("data-count")));
    }

    [Fact]
    public async Task Only_a_change_to_a_listed_complaint_reads_the_list_again()
    {
        var page = RenderPage<AlertsPage>();

        await page.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000099")));
        Assert.Single(AlertDesk.Listed);
        await page.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo(First.Alert.ComplaintReference)));

        page.WaitForAssertion(() => Assert.Equal(2, AlertDesk.Listed.Count));
    }

    [Fact]
    public async Task Stops_listening_once_the_page_and_the_badge_are_gone()
    {
        RenderPage<AlertsPage>();
        Render<AlertsBadge>();
        await DisposeComponentsAsync();

        await Events.OnAlertRaised(Second.Alert);
        await Events.OnReconnected();

        Assert.Single(AlertDesk.Listed);
        Assert.Equal(1, AlertDesk.Counts);
    }

    private static ComplaintChange ChangeTo(string reference) =>
        new(reference, ComplaintStatus.InInvestigation, Priority.High, DeskPerson.Handler2.Email, 1, 9, ComplaintMove.Assign);
}
