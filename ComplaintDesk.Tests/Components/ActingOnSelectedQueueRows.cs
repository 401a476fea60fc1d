using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The bar over selected queue rows: the actions the person may take on them, and a result for each row.</summary>
public sealed class ActingOnSelectedQueueRows : DeskPageContext
{
    private static readonly ComplaintSummary[] _rows =
    [
        new ComplaintSummaryBuilder("CMP-2026-000001").InState(ComplaintStatus.Acknowledged).AtVersion(4).Build(),
        new ComplaintSummaryBuilder("CMP-2026-000002").InState(ComplaintStatus.Assessed).AssignedTo(DeskPerson.Handler2.Email).Build(),
        new ComplaintSummaryBuilder("CMP-2026-000003").InState(ComplaintStatus.InInvestigation).AtVersion(9).Build(),
    ];

    private int _done;

    private static Actor ActorOf(DeskPerson person) => new(person.UserId, person.Email, new HashSet<DeskRole> { person.Role });

    private IRenderedComponent<BulkActions> RenderBar(DeskPerson person, params ComplaintSummary[] selected)
    {
        SignInAs(person);
        return RenderPage<BulkActions>(p => p
            .Add(b => b.Selected, selected)
            .Add(b => b.Actor, ActorOf(person))
            .Add(b => b.OnDone, () => _done++));
    }

    private static IReadOnlyList<string> Offered(IRenderedComponent<BulkActions> bar) =>
        [.. bar.FindAll("#bulk-assign, #bulk-priority, #bulk-acknowledge").Select(e => e.Id!)];

    // The popover re-renders as it settles: find and click in one step on the renderer's thread.
    private async Task PickAsync(IRenderedComponent<BulkActions> bar, string menu, string item)
    {
        bar.Find($"#{menu} button").Click();
        Popovers!.WaitForElement($".mud-popover-open {item}");
        await Popovers!.InvokeAsync(() => Popovers!.Find($".mud-popover-open {item}").Click());
        bar.WaitForElement("#bulk-results");
    }

    [Fact]
    public void Nothing_shows_while_no_row_is_selected()
    {
        var bar = RenderBar(DeskPerson.Supervisor);

        Assert.Empty(bar.FindAll("#bulk-actions"));
    }

    [Fact]
    public void A_supervisor_sees_how_many_are_selected_and_is_offered_every_action_and_every_worker()
    {
        var bar = RenderBar(DeskPerson.Supervisor, _rows);

        Assert.Equal("3 selected", bar.Find("#bulk-selected").TextContent);
        Assert.Equal(["bulk-assign", "bulk-priority", "bulk-acknowledge"], Offered(bar));
        bar.Find("#bulk-assign button").Click();
        Assert.Equal(3, Popovers!.FindAll(".mud-popover-open [data-assignee]").Count);
    }

    [Fact]
    public void A_handler_may_assign_only_to_themselves()
    {
        var bar = RenderBar(DeskPerson.Handler, _rows);

        bar.Find("#bulk-assign button").Click();

        Assert.Equal([DeskPerson.Handler.Email], Popovers!.FindAll(".mud-popover-open [data-assignee]").Select(i => i.GetAttribute("data-assignee")));
    }

    [Fact]
    public void A_quality_manager_is_offered_only_acknowledging_alerts()
    {
        var bar = RenderBar(DeskPerson.QualityManager, _rows);

        Assert.Equal(["bulk-acknowledge"], Offered(bar));
    }

    [Fact]
    public void Closed_rows_are_offered_no_move_on_them()
    {
        var closed = new ComplaintSummaryBuilder("CMP-2026-000009").InState(ComplaintStatus.Closed).Build();

        var bar = RenderBar(DeskPerson.Supervisor, closed);

        Assert.Equal(["bulk-acknowledge"], Offered(bar));
    }

    [Fact]
    public async Task Assigning_sends_each_row_at_its_shown_version_and_lists_each_rows_result()
    {
        Bulk.Outcomes["CMP-2026-000002"] = new BulkOutcome("CMP-2026-000002", BulkResult.Refused, DeskMessage.Unkeyed("This complaint is already assigned to handler2@demo.local."));
        Bulk.Outcomes["CMP-2026-000003"] = new BulkOutcome("CMP-2026-000003", BulkResult.Stale, DeskMessage.Unkeyed("changed"));
        var bar = RenderBar(DeskPerson.Supervisor, _rows);

        await PickAsync(bar, "bulk-assign", $"[data-assignee='{DeskPerson.Handler2.Email}']");

        var request = Assert.Single(Bulk.Requests);
        Assert.Equal((new BulkAssign(DeskPerson.Handler2.Email), DeskPerson.Supervisor.Email), (request.Command, request.Actor.Email));
        Assert.Equal(_rows, request.Rows);
        Assert.Equal(1, _done);
        Assert.Equal(
            ["Done", "Refused: This complaint is already assigned to handler2@demo.local.", "Changed by someone else meanwhile; left as they left it"],
            bar.FindAll("#bulk-results li").Select(li => li.TextContent.Split(": ", 2)[1]));
        Assert.Equal("1 done, 1 refused, 1 changed meanwhile", bar.Find("#bulk-summary").TextContent);
    }

    [Fact]
    public async Task Setting_the_priority_sends_the_priority_chosen()
    {
        var bar = RenderBar(DeskPerson.Handler, _rows[0]);

        await PickAsync(bar, "bulk-priority", "[data-priority='Critical']");

        Assert.Equal(new BulkPriority(Priority.Critical), Assert.Single(Bulk.Requests).Command);
    }

    [Fact]
    public void Acknowledging_alerts_says_how_many_on_each_row_and_where_there_were_none()
    {
        Bulk.Outcomes["CMP-2026-000001"] = new BulkOutcome("CMP-2026-000001", BulkResult.Done, Alerts: 2);
        Bulk.Outcomes["CMP-2026-000002"] = new BulkOutcome("CMP-2026-000002", BulkResult.NothingToDo);
        var bar = RenderBar(DeskPerson.Supervisor, _rows[0], _rows[1]);

        bar.Find("#bulk-acknowledge").Click();

        Assert.Null(Assert.Single(Bulk.Requests).Command);
        Assert.Equal(
            ["CMP-2026-000001: 2 alerts acknowledged", "CMP-2026-000002: No open alerts of yours"],
            bar.FindAll("#bulk-results li").Select(li => li.TextContent));
    }
}
