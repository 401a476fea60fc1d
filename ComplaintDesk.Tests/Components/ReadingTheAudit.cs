using Bunit;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Components.Layout;
using ComplaintDesk.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>The Audit page: the records of who saw whose personal data and every event, filtered and paged by Core; never the data.</summary>
public sealed class ReadingTheAudit : DeskPageContext
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 6, 15, 0, TimeSpan.Zero);
    private readonly ScriptedAuditTrail _audit = new();

    public ReadingTheAudit()
    {
        Services.AddSingleton<IAuditTrail>(_audit);
        SignInAs(DeskPerson.QualityManager);
        _audit.Access = new(
            [
                new(_at, "handler@demo.local", "Handler", "CMP-2026-000042", PersonalDataAction.View, null),
                new(_at.AddMinutes(-5), "supervisor@demo.local", "Supervisor", null, PersonalDataAction.Export, DeskMessage.Of(PrivacyKeys.MonthlyWorkbook, "2026-02")),
                new(_at.AddMinutes(-9), "", null, "CMP-2026-000007", PersonalDataAction.Anonymise, DeskMessage.Unkeyed("Retention: 730 days")),
            ],
            57);
        _audit.Events = new(
            [new(_at, "handler@demo.local", AuditEventSource.Complaint, "CMP-2026-000042", "7.3", DeskMessage.Of(EventKeys.NoteAdded), "=1+1 <b>not bold</b>")],
            1);
    }

    [Fact]
    public void Lists_who_did_what_with_which_complaint_and_the_total_but_no_personal_data()
    {
        var page = RenderPage<AuditPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#audit-access tbody tr [data-action]").Count));
        Assert.Equal(["view", "export", "anonymise"], page.FindAll("#audit-access [data-action]").Select(c => c.GetAttribute("data-action")));
        Assert.Equal("/complaints/CMP-2026-000042", page.Find("#audit-access a[data-reference]").GetAttribute("href"));
        Assert.Equal(["", "Monthly workbook 2026-02", "Retention: 730 days"], page.FindAll("#audit-access [data-detail]").Select(d => d.TextContent));
        Assert.Equal("57", page.Find("[data-audit-total]").GetAttribute("data-audit-total"));
        var asked = _audit.Searches[^1];
        Assert.Equal((1, 25), (asked.Page, asked.PageSize));
    }

    [Fact]
    public void The_kind_of_access_chosen_goes_to_Core_and_into_the_csv_link_and_not_to_the_events()
    {
        var page = RenderPage<AuditPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(_audit.Searches));

        Choose(page, "What", "Exported");

        page.WaitForAssertion(() => Assert.Equal("export", _audit.Searches[^1].Action), TimeSpan.FromSeconds(3));
        Assert.Equal("/api/v1/audit/access.csv?action=export", page.Find("#audit-access").PreviousElementSibling!.QuerySelector("[data-csv]")!.GetAttribute("href"));
        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Events", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Null(_audit.Searches[^1].Action));
        Assert.Empty(page.FindAll("#audit-action"));
    }

    [Fact]
    public void A_person_typed_in_the_filter_goes_to_Core_and_into_the_csv_link()
    {
        var page = RenderPage<AuditPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(_audit.Searches));

        page.Find("#audit-user").Change("supervisor@");
        page.Find("#audit-from").Change("2026-03-01");

        page.WaitForAssertion(() => Assert.Equal(("supervisor@", "2026-03-01"), (_audit.Searches[^1].User, _audit.Searches[^1].From)), TimeSpan.FromSeconds(3));
        Assert.Equal(1, _audit.Searches[^1].Page);
        Assert.Equal("/api/v1/audit/access.csv?user=supervisor@&from=2026-03-01", page.Find("#audit-access").PreviousElementSibling!.QuerySelector("[data-csv]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_filter_Core_refuses_is_said_on_the_page()
    {
        _audit.Refusal = InvalidInputException.For("to", "The last day must be on or after the first.");

        var page = RenderPage<AuditPage>();

        page.WaitForAssertion(() => Assert.Contains("The last day must be on or after the first.", page.Find("[data-audit-problem]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_events_tab_shows_timeline_words_as_text()
    {
        var page = RenderPage<AuditPage>();

        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Events", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("Note added", page.Find("#audit-events").TextContent, StringComparison.Ordinal));
        Assert.Contains("=1+1 <b>not bold</b>", page.Find("#audit-events .desk-audit-text").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#audit-events b"));
    }

    [Theory]
    [InlineData(DeskRole.Handler, false)]
    [InlineData(DeskRole.Supervisor, false)]
    [InlineData(DeskRole.QualityManager, true)]
    [InlineData(DeskRole.Administrator, true)]
    public void The_menu_leads_to_the_audit_for_quality_managers_and_administrators(DeskRole role, bool listed)
    {
        SignInAs(new[] { DeskPerson.Handler, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator }.Single(p => p.Role == role));

        var menu = Render<NavMenu>();

        Assert.Equal(listed, menu.FindAll("a[href='/audit']").Count == 1);
    }
}
