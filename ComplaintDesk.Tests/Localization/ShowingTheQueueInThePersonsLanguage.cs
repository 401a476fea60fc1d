using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The queue's bulk bar, its results per row (Core's refusals among them) and its shortcuts, in the person's language.</summary>
public sealed class ShowingTheQueueInThePersonsLanguage : DeskPageContext
{
    private static readonly ComplaintSummary[] _rows =
    [
        new ComplaintSummaryBuilder("CMP-2026-000001").InState(ComplaintStatus.Acknowledged).Build(),
        new ComplaintSummaryBuilder("CMP-2026-000002").InState(ComplaintStatus.Assessed).AssignedTo(DeskPerson.Handler2.Email).Build(),
    ];

    [Theory]
    [InlineData("tr-TR", "2 seçili", "Uyarıları onayla", "Reddedildi: Bu şikâyet zaten handler2@demo.local kişisine atanmış.", "1 yapıldı, 1 reddedildi")]
    [InlineData("en", "2 selected", "Acknowledge alerts", "Refused: This complaint is already assigned to handler2@demo.local.", "1 done, 1 refused")]
    public async Task The_bulk_bar_and_each_rows_result(string culture, string selected, string acknowledge, string refused, string summary)
    {
        using var language = new TestCulture(culture);
        Bulk.Outcomes["CMP-2026-000002"] = new BulkOutcome(
            "CMP-2026-000002", BulkResult.Refused, DeskMessage.Of(ComplaintKeys.AlreadyAssigned, DeskPerson.Handler2.Email));
        SignInAs(DeskPerson.Supervisor);
        var bar = RenderPage<BulkActions>(p => p
            .Add(b => b.Selected, _rows)
            .Add(b => b.Actor, new Actor(DeskPerson.Supervisor.UserId, DeskPerson.Supervisor.Email, new HashSet<DeskRole> { DeskRole.Supervisor })));
        Assert.Equal(selected, bar.Find("#bulk-selected").TextContent);

        await bar.InvokeAsync(() => bar.Find("#bulk-acknowledge").Click());

        Assert.Equal(acknowledge, bar.Find("#bulk-acknowledge").TextContent.Trim());
        bar.WaitForAssertion(() => Assert.Equal(refused, bar.Find("#bulk-results li[data-reference='CMP-2026-000002']").TextContent.Split(": ", 2)[1]));
        Assert.Equal(summary, bar.Find("#bulk-summary").TextContent);
    }

    [Theory]
    [InlineData("tr-TR", "Kuyruğunda bulunduğu ekip", "Şikâyetçi", "S2", "Yükseltme seviyesi 2", "Birine ata", "CMP-2026-000001 şikâyetini ata", "Yeniden ata", "CMP-2026-000002 şikâyetini yeniden ata")]
    [InlineData("en", "The team whose queue it is in", "Complainant", "L2", "Escalation level 2", "Assign to someone", "Assign CMP-2026-000001", "Reassign", "Reassign CMP-2026-000002")]
    public void A_rows_hints_and_buttons(
        string culture, string team, string complainant, string levelChip, string level, string assign, string assignLabel, string reassign, string reassignLabel)
    {
        using var language = new TestCulture(culture);
        StaffNames.Deactivated.Add(DeskPerson.Handler2.Email);
        Queries.Page = new Page<ComplaintSummary>(
        [
            new ComplaintSummaryBuilder("CMP-2026-000001").InTeam("Billing").EscalatedTo(2).Build(),
            new ComplaintSummaryBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler2.Email).Build(),
        ], 2);
        SignInAs(DeskPerson.Supervisor);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => queue.Find("[data-assign='CMP-2026-000001']"));
        var first = queue.Find("tr[data-reference='CMP-2026-000001']");
        Assert.Equal(team, first.QuerySelector("[data-team]")!.GetAttribute("title"));
        Assert.Equal(complainant, first.QuerySelector("[data-complainant]")!.GetAttribute("title"));
        Assert.Equal((levelChip, level), (first.QuerySelector(".desk-chip--error")!.TextContent, first.QuerySelector(".desk-chip--error")!.GetAttribute("title")));
        var assignButton = queue.Find("[data-assign='CMP-2026-000001']");
        Assert.Equal((assign, assignLabel), (assignButton.GetAttribute("title"), assignButton.GetAttribute("aria-label")));
        var reassignButton = queue.Find("[data-reassign-deactivated='CMP-2026-000002']");
        Assert.Equal((reassign, reassignLabel), (reassignButton.TextContent.Trim(), reassignButton.GetAttribute("aria-label")));
    }

    [Theory]
    [InlineData("tr-TR", "Klavye kısayolları", "Kapat")]
    [InlineData("en", "Keyboard shortcuts", "Close")]
    public void The_keyboard_shortcuts(string culture, string title, string close)
    {
        using var language = new TestCulture(culture);

        var shortcuts = Render<QueueShortcuts>();

        Assert.Equal((title, close), (shortcuts.Find("#queue-shortcuts-title").TextContent, shortcuts.Find("[data-close-shortcuts]").TextContent));
    }
}
