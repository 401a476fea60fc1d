using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// When the hub says a complaint changed, the queue patches a row it shows, reads the page again when
/// rows may come or go, and spends nothing on a change that cannot concern what it shows.
/// </summary>
public sealed class ReloadingTheQueueLive : DeskPageContext
{
    private static readonly ComplaintSummary Mine = new ComplaintSummaryBuilder("CMP-2026-000001").AssignedTo(DeskPerson.Handler.Email).AtVersion(3).Build();

    public ReloadingTheQueueLive()
    {
        SignInAs(DeskPerson.Handler);
        Queries.Page = new Page<ComplaintSummary>([Mine], 1);
    }

    [Fact]
    public async Task A_change_to_a_row_on_screen_patches_that_row_without_reading_the_page()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        Changed.Holds(Mine with { Status = ComplaintStatus.Acknowledged, Version = 4 });

        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Acknowledge, DeskPerson.Handler.Email)));

        queue.WaitForAssertion(() => Assert.Equal("4", queue.Find("tr[data-reference='CMP-2026-000001']").GetAttribute("data-version")));
        Assert.Equal("Acknowledged", queue.Find("tr[data-reference='CMP-2026-000001'] [data-status]").GetAttribute("data-status"));
        Assert.Single(Queries.Searches);
    }

    [Fact]
    public async Task A_patched_row_renders_on_its_own_without_the_page_around_it()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        var heading = queue.FindComponent<SortHeader>();
        var headingRenders = heading.RenderCount;
        Changed.Holds(Mine with { Status = ComplaintStatus.Acknowledged, Version = 4 });

        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Acknowledge, DeskPerson.Handler.Email)));

        queue.WaitForAssertion(() => Assert.Equal("4", queue.Find("tr[data-reference='CMP-2026-000001']").GetAttribute("data-version")));
        Assert.Equal(headingRenders, heading.RenderCount);
    }

    [Fact]
    public async Task A_patched_row_that_is_ticked_reaches_the_bulk_actions_too()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        await queue.InvokeAsync(() => queue.Find("input[data-select='CMP-2026-000001']").Change(true));
        Changed.Holds(Mine with { Status = ComplaintStatus.Acknowledged, Version = 4 });

        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Acknowledge, DeskPerson.Handler.Email)));

        queue.WaitForAssertion(() => Assert.Equal(4, Assert.Single(queue.FindComponent<BulkActions>().Instance.Selected).Version));
        Assert.Equal("4", queue.Find("tr[data-reference='CMP-2026-000001']").GetAttribute("data-version"));
    }

    [Fact]
    public async Task A_row_assigned_away_from_my_complaints_reads_the_page_again()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        Changed.Holds(Mine with { Assignee = DeskPerson.Handler2.Email, Version = 4 });

        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Assign, DeskPerson.Handler2.Email)));

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(Queries.Searches[0], Queries.Searches[1]);
    }

    [Fact]
    public async Task Another_persons_complaint_moving_along_costs_my_complaints_no_query()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        var theirs = new ComplaintSummaryBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler2.Email).AtVersion(5).Build();
        Changed.Holds(theirs);
        Changed.Holds(Mine with { Status = ComplaintStatus.Acknowledged, Version = 4 });

        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(theirs, ComplaintMove.Note, DeskPerson.Handler2.Email)));
        await queue.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Acknowledge, DeskPerson.Handler.Email)));

        // The change to the row on screen lands after the other one was heard: by then it cost what it was going to.
        queue.WaitForAssertion(() => Assert.Equal("4", queue.Find("tr[data-reference='CMP-2026-000001']").GetAttribute("data-version")));
        Assert.Single(Queries.Searches);
        Assert.Equal(1, Changed.Reads);
    }

    [Fact]
    public async Task A_new_complaint_reads_the_unassigned_page_again()
    {
        Navigation.NavigateTo("/queue?tab=unassigned");
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        await queue.InvokeAsync(() => Events.OnComplaintChanged(
            new ComplaintChange("CMP-2026-000042", ComplaintStatus.Received, Priority.Medium, null, 0, 1, ComplaintMove.Receive)));

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal("unassigned", Queries.LastSearch.Assignee);
    }

    [Fact]
    public async Task Stops_listening_once_the_queue_is_gone()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        await DisposeComponentsAsync();

        await Events.OnComplaintChanged(ChangeOf(Mine, ComplaintMove.Assign, DeskPerson.Handler2.Email));

        Assert.Single(Queries.Searches);
        Assert.Equal(0, Changed.Reads);
    }

    private static ComplaintChange ChangeOf(ComplaintSummary row, ComplaintMove move, string? assignee) =>
        new(row.Reference, row.Status, row.Priority, assignee, 0, row.Version + 1, move);
}
