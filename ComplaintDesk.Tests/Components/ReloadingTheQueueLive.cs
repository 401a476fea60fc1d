using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>When the hub says a complaint changed, the queue fetches its rows again with the same filters.</summary>
public sealed class ReloadingTheQueueLive : DeskPageContext
{
    private static readonly ComplaintChange Change = new(
        "CMP-2026-000001", ComplaintStatus.Acknowledged, Priority.High, "handler2@demo.local", 0, 4, ComplaintMove.Acknowledge);

    public ReloadingTheQueueLive() => SignInAs(DeskPerson.Handler);

    [Fact]
    public async Task Asks_again_with_the_same_search_when_a_complaint_changes()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        await queue.InvokeAsync(() => Events.OnComplaintChanged(Change));

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(Queries.Searches[0], Queries.Searches[1]);
    }

    [Fact]
    public async Task Stops_listening_once_the_queue_is_gone()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        await DisposeComponentsAsync();

        await Events.OnComplaintChanged(Change);

        Assert.Single(Queries.Searches);
    }
}
