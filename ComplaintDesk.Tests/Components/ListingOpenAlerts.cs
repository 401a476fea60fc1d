using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Features.Alerts;

namespace ComplaintDesk.Tests.Components;

/// <summary>The alerts centre lists what the desk gives, in its order, in words.</summary>
public sealed class ListingOpenAlerts : DeskPageContext
{
    public ListingOpenAlerts() => SignInAs(DeskPerson.Supervisor);

    [Fact]
    public void Shows_the_alerts_in_the_desks_order_with_level_trigger_reference_age_and_audience()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(7, "CMP-2026-000007").AtLevel(2).RaisedBy(AlertTrigger.Unhandled, ClockKind.Respond)
                .RaisedAt(Now.AddMinutes(-12)).Build(),
            new AlertRowBuilder(3, "CMP-2026-000003").AtLevel(1).RaisedBy(AlertTrigger.Manual, reason: "The customer has called four times.")
                .RaisedAt(Now.AddHours(-3).AddMinutes(-5)).Build());

        var page = RenderPage<AlertsPage>();

        var rows = page.FindAll("tr[data-alert-id]");
        Assert.Equal(["7", "3"], rows.Select(r => r.GetAttribute("data-alert-id")));
        Assert.Equal(
            ("Level 2", "complaints and quality manager", "Breach not acknowledged in time", "Clock: Respond (7.8)", "12 min ago"),
            (Text(rows[0], "[data-level]"), Text(rows[0], ".desk-alert-level .mud-typography"), Text(rows[0], "[data-trigger]"),
             Text(rows[0], "[data-clock]"), Text(rows[0], "[data-age]")));
        Assert.Equal(("CMP-2026-000007", "/complaints/CMP-2026-000007"), (Text(rows[0], "a.desk-reference"), rows[0].QuerySelector("a.desk-reference")!.GetAttribute("href")));
        Assert.Equal("Supervisors and quality managers", Text(rows[0], "[data-audience]"));
        Assert.Equal(
            ("Level 1", "Escalated by hand", "“The customer has called four times.”", "3 h 5 min ago", "Supervisors"),
            (Text(rows[1], "[data-level]"), Text(rows[1], "[data-trigger]"), Text(rows[1], "[data-reason]"),
             Text(rows[1], "[data-age]"), Text(rows[1], "[data-audience]")));
        Assert.Null(rows[1].QuerySelector("[data-clock]"));
        Assert.Equal("2", page.Find("#alerts").GetAttribute("data-open"));
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
        Assert.Equal("12 min ago", page.Find("[data-age]").TextContent.Trim());

        Time.Advance(TimeSpan.FromMinutes(50));

        page.WaitForAssertion(() => Assert.Equal("1 h 2 min ago", page.Find("[data-age]").TextContent.Trim()));
    }

    [Fact]
    public void Says_in_words_when_nothing_is_waiting()
    {
        var page = RenderPage<AlertsPage>();

        Assert.Empty(page.FindAll("tr[data-alert-id]"));
        Assert.Contains("Nothing is waiting for you", page.Find("#alerts-empty").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_who_acknowledged_once_recent_ones_are_asked_for()
    {
        AlertDesk.Holds(
            new AlertRowBuilder(1, "CMP-2026-000001").Build(),
            new AlertRowBuilder(2, "CMP-2026-000002").AcknowledgedBy(DeskPerson.QualityManager.Email, Now.AddMinutes(-4)).Build());
        var page = RenderPage<AlertsPage>();
        Assert.Equal(["1"], page.FindAll("tr[data-alert-id]").Select(r => r.GetAttribute("data-alert-id")));

        page.Find("#show-acknowledged").Change(true);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-alert-id]").Count));
        Assert.Equal([true, false], AlertDesk.Listed);
        var done = page.Find("tr[data-alert-id='2']");
        Assert.Equal("acknowledged", done.GetAttribute("data-state"));
        Assert.Equal(["Acknowledged by", DeskPerson.QualityManager.DisplayName, "2 Mar, 09:26"], done.QuerySelectorAll("[data-acknowledged] .mud-typography").Select(e => e.TextContent.Trim()));
        Assert.Null(done.QuerySelector("[data-acknowledge]"));
        Assert.Null(page.Find("tr[data-alert-id='1']").QuerySelector("[data-acknowledged]"));
    }

    [Fact]
    public void A_reason_is_shown_as_text()
    {
        const string Hostile = "<b>now</b><script>alert('x')</script>";
        AlertDesk.Holds(new AlertRowBuilder(1, "CMP-2026-000001").RaisedBy(AlertTrigger.Manual, reason: Hostile).Build());

        var page = RenderPage<AlertsPage>();

        var reason = page.Find("[data-reason]");
        Assert.Equal($"“{Hostile}”", reason.TextContent.Trim());
        Assert.Empty(reason.QuerySelectorAll("b, script"));
    }

    private static string Text(AngleSharp.Dom.IElement row, string selector) =>
        string.Join(' ', (row.QuerySelector(selector)?.TextContent ?? "(missing)").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
