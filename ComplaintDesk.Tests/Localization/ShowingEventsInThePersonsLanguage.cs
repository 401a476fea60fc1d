using Bunit;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Audit;
using ComplaintDesk.Web.Features.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// The complaint page's timeline and the audit page's events speak the person's language, with people named; a row
/// written before events had keys shows its sentence as written.
/// </summary>
public sealed class ShowingEventsInThePersonsLanguage : DeskPageContext
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 6, 15, 0, TimeSpan.Zero);
    private readonly ScriptedAuditTrail _audit = new();

    public ShowingEventsInThePersonsLanguage()
    {
        Services.AddSingleton<IAuditTrail>(_audit);
        SignInAs(DeskPerson.QualityManager);
    }

    [Theory]
    [InlineData("tr-TR", new[] { "Not eklendi", "Priority High, category Delivery", "Atandı: Ayşe Yılmaz" })]
    [InlineData("en", new[] { "Note added", "Priority High, category Delivery", "Assigned to Ayşe Yılmaz" })]
    public void The_timeline_newest_first(string culture, string[] titles)
    {
        using var language = new TestCulture(culture);
        TimelineEntry[] entries =
        [
            Entry(ComplaintMove.Assign, DeskMessage.Of(EventKeys.Assigned, DeskPerson.Handler.Email)),
            Entry(ComplaintMove.Assess, DeskMessage.Unkeyed("Priority High, category Delivery")),
            Entry(ComplaintMove.Note, DeskMessage.Of(EventKeys.NoteAdded)),
        ];

        var timeline = Render<ComplaintTimeline>(parameters => parameters.Add(t => t.Entries, entries));

        timeline.WaitForAssertion(() => Assert.Equal(titles, timeline.FindAll(".mud-typography-subtitle2").Select(t => t.TextContent.Trim())));
    }

    [Theory]
    [InlineData("tr-TR", "Ekipler: \"Kargo\" ekibi eklendi", "Olaylar")]
    [InlineData("en", "Teams: Team \"Kargo\" added", "Events")]
    public void The_audit_pages_events(string culture, string words, string tab)
    {
        using var language = new TestCulture(culture);
        _audit.Events = new(
            [new(_at, "admin@demo.local", AuditEventSource.Desk, null, "8.5",
                DeskMessage.Of(AuditKeys.InArea, AuditKeys.Area(AuditAreas.Teams), DeskMessage.Of(AuditKeys.TeamAdded, "Kargo")), null)],
            1);
        var page = RenderPage<AuditPage>();

        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains(tab, StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Equal(words, page.Find("#audit-events [data-summary]").TextContent));
    }

    private static TimelineEntry Entry(ComplaintMove move, DeskMessage what) =>
        new(_at, DeskPerson.Supervisor.Email, move, "7.3", ComplaintStatus.InInvestigation, ComplaintStatus.InInvestigation, what, null);
}
