using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Features.Alerts;

namespace ComplaintDesk.Tests.Components;

/// <summary>The alerts centre lists what the desk gives, one group per complaint in its order, in words.</summary>
public sealed class ListingOpenAlerts : DeskPageContext
{
    public ListingOpenAlerts() => SignInAs(DeskPerson.Supervisor);

    [Fact]
    public void Shows_one_group_per_complaint_in_the_desks_order_with_level_kinds_and_wait()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(7, "CMP-2026-000007").AtLevel(2).RaisedBy(AlertTrigger.Unhandled, ClockKind.Respond).RaisedAt(Now.AddMinutes(-12)).Build(),
            new AlertRowBuilder(6, "CMP-2026-000007").AtLevel(1).RaisedAt(Now.AddMinutes(-72)).Build(),
            new AlertRowBuilder(3, "CMP-2026-000003").AtLevel(1).RaisedBy(AlertTrigger.Manual).RaisedAt(Now.AddHours(-3).AddMinutes(-5)).Build());

        var page = RenderPage<AlertsPage>();

        var groups = page.FindAll("tbody[data-group]");
        Assert.Equal(["CMP-2026-000007", "CMP-2026-000003"], groups.Select(g => g.GetAttribute("data-group")));
        Assert.Equal(
            ("Level 2", "complaints and quality manager", "▸ 2 alerts on CMP-2026-000007", "Breach not acknowledged in time, deadline passed", "Oldest open alert raised 1 h 12 min ago"),
            (Text(groups[0], "[data-level]"), Text(groups[0], ".desk-alert-level .mud-typography"), Text(groups[0], "[data-expand]"),
             Text(groups[0], "[data-kinds]"), Text(groups[0], "[data-age]")));
        Assert.Equal(("/complaints/CMP-2026-000007", "With"), (groups[0].QuerySelector("a.desk-reference")!.GetAttribute("href"), Text(groups[0], ".desk-caption")[..4]));
        Assert.Equal(("Level 1", "Escalated by hand", "Oldest open alert raised 3 h 5 min ago"), (Text(groups[1], "[data-level]"), Text(groups[1], "[data-kinds]"), Text(groups[1], "[data-age]")));
        Assert.Empty(page.FindAll("tr[data-alert-id]"));
    }

    [Fact]
    public void The_first_line_says_what_to_act_on_first()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(1, "CMP-2026-000001").AtLevel(2).RaisedAt(Now.AddHours(-9)).Build(),
            new AlertRowBuilder(2, "CMP-2026-000002").AtLevel(1).Build(),
            new AlertRowBuilder(3, "CMP-2026-000003").AtLevel(1).Build());

        var page = RenderPage<AlertsPage>();

        Assert.Equal("1 complaint at level 2, 2 at level 1, oldest 9 h ago.", page.Find("#alerts-summary").TextContent.Trim());
        Assert.Single(page.FindAll("h1"));
    }

    [Fact]
    public void Opening_a_group_shows_its_alerts_with_trigger_clock_reason_raised_and_audience()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(7, "CMP-2026-000007").AtLevel(2).RaisedBy(AlertTrigger.Unhandled, ClockKind.Respond).RaisedAt(Now.AddMinutes(-12)).Build(),
            new AlertRowBuilder(6, "CMP-2026-000007").AtLevel(1).RaisedBy(AlertTrigger.Manual, reason: "The customer has called four times.")
                .RaisedAt(Now.AddHours(-3).AddMinutes(-5)).Build());
        var page = RenderPage<AlertsPage>();

        page.Find("[data-expand='CMP-2026-000007']").Click();

        var rows = page.FindAll("tr[data-alert-id]");
        Assert.Equal(["7", "6"], rows.Select(r => r.GetAttribute("data-alert-id")));
        Assert.Equal("true", page.Find("[data-expand='CMP-2026-000007']").GetAttribute("aria-expanded"));
        Assert.Equal(
            ("Level 2 · complaints and quality manager", "Breach not acknowledged in time", "Clock: Respond (7.8)", "12 min ago", "Supervisors and quality managers"),
            (Text(rows[0], "[data-alert-level]"), Text(rows[0], "[data-trigger]"), Text(rows[0], "[data-clock]"), Text(rows[0], "[data-raised]"), Text(rows[0], "[data-audience]")));
        Assert.Equal(("“The customer has called four times.”", "3 h 5 min ago", "Supervisors"), (Text(rows[1], "[data-reason]"), Text(rows[1], "[data-raised]"), Text(rows[1], "[data-audience]")));
        Assert.Null(rows[1].QuerySelector("[data-clock]"));
    }

    [Fact]
    public void Reminders_update_their_group_instead_of_adding_rows()
    {
        AlertDesk.Holds(new AlertRowBuilder(1, "CMP-2026-000001").RaisedAt(Now.AddHours(-2)).Build());
        AlertDesk.Reminded["CMP-2026-000001"] = (3, Now.AddMinutes(-10));

        var page = RenderPage<AlertsPage>();

        Assert.Single(page.FindAll("tbody[data-group]"));
        Assert.Equal("Reminded 3×, last 10 min ago", Text(page.Find("tbody[data-group]"), "[data-reminders]"));
    }

    [Fact]
    public void Each_level_has_its_own_colour()
    {
        AlertDesk.Holds([.. Enumerable.Range(0, 4).Select(level => new AlertRowBuilder(level + 1, $"CMP-2026-00000{level}").AtLevel(level).Build())]);

        var page = RenderPage<AlertsPage>();

        var colours = page.FindAll("[data-level]").Select(chip => chip.ClassList.Single(c => c.StartsWith("mud-chip-color-", StringComparison.Ordinal))).ToList();
        Assert.Equal(["mud-chip-color-info", "mud-chip-color-warning", "mud-chip-color-error", "mud-chip-color-error"], colours);
        Assert.Contains("desk-level-3", page.FindAll("[data-level]")[3].ClassList);
    }

    [Fact]
    public void Ages_move_on_while_the_page_is_open()
    {
        AlertDesk.Holds(new AlertRowBuilder(1, "CMP-2026-000001").RaisedAt(Now.AddMinutes(-12)).Build());
        var page = RenderPage<AlertsPage>();
        Assert.Equal("Oldest open alert raised 12 min ago", page.Find("[data-age]").TextContent.Trim());

        Time.Advance(TimeSpan.FromMinutes(50));

        page.WaitForAssertion(() => Assert.Equal("Oldest open alert raised 1 h 2 min ago", page.Find("[data-age]").TextContent.Trim()));
    }

    [Fact]
    public void Says_in_words_when_nothing_is_waiting()
    {
        var page = RenderPage<AlertsPage>();

        Assert.Empty(page.FindAll("tbody[data-group]"));
        Assert.Contains("Nothing is waiting for you", page.Find("#alerts-empty").TextContent, StringComparison.Ordinal);
        Assert.Equal("Nothing is open.", page.Find("#alerts-summary").TextContent.Trim());
    }

    [Fact]
    public void Shows_who_acknowledged_once_acknowledged_ones_are_asked_for()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(1, "CMP-2026-000001").Build(),
            new AlertRowBuilder(2, "CMP-2026-000002").AcknowledgedBy(DeskPerson.QualityManager.Email, Now.AddMinutes(-4)).Build());
        var page = RenderPage<AlertsPage>();
        Assert.Equal(["CMP-2026-000001"], page.FindAll("tbody[data-group]").Select(g => g.GetAttribute("data-group")));

        page.Find("#show-acknowledged").Change(true);
        page.Find("[data-expand='CMP-2026-000002']").Click();

        Assert.Equal([true, false], AlertDesk.Listed);
        var done = page.Find("tbody[data-group='CMP-2026-000002']");
        Assert.Equal(("acknowledged", "All acknowledged"), (done.GetAttribute("data-state"), Text(done, "[data-age]")));
        Assert.StartsWith($"Acknowledged by {DeskPerson.QualityManager.DisplayName}", Text(done, "[data-acknowledged]"), StringComparison.Ordinal);
        Assert.Equal("2 Mar, 09:26", Text(done, "[data-acknowledged] .desk-caption"));
        Assert.Null(done.QuerySelector("[data-acknowledge-group]"));
        Assert.Null(done.QuerySelector("input[type=checkbox]:not([disabled])"));
    }

    [Fact]
    public void A_reason_is_shown_as_text()
    {
        const string Hostile = "<b>now</b><script>alert('x')</script>";
        AlertDesk.Holds(new AlertRowBuilder(1, "CMP-2026-000001").RaisedBy(AlertTrigger.Manual, reason: Hostile).Build());
        var page = RenderPage<AlertsPage>();

        page.Find("[data-expand='CMP-2026-000001']").Click();

        var reason = page.Find("[data-reason]");
        Assert.Equal($"“{Hostile}”", reason.TextContent.Trim());
        Assert.Empty(reason.QuerySelectorAll("b, script"));
    }

    private static string Text(IElement scope, string selector) =>
        string.Join(' ', (scope.QuerySelector(selector)?.TextContent ?? "(missing)").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
