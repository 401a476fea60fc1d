using Bunit;
using ComplaintDesk.Web.Features.Queue;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// What the hub sent while a tab's connection was down never arrived: when it is back, the queue and
/// the complaint page read again what they show.
/// </summary>
public sealed class CatchingUpAfterAReconnection : ComplaintPageContext
{
    public CatchingUpAfterAReconnection() => SignInAs(DeskPerson.Handler);

    [Fact]
    public async Task The_queue_asks_again_with_the_same_search()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        await queue.InvokeAsync(Events.OnReconnected);

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(Queries.Searches[0], Queries.Searches[1]);
    }

    [Fact]
    public async Task The_complaint_page_shows_a_move_it_missed()
    {
        var page = Open(new ComplaintDetailsBuilder().InState(Received).AssignedTo(DeskPerson.Handler.Email).AtVersion(3).Build());
        Queries.Holds(new ComplaintDetailsBuilder().InState(Acknowledged).AssignedTo(DeskPerson.Handler.Email).AtVersion(4).Build());

        await page.InvokeAsync(Events.OnReconnected);

        page.WaitForAssertion(() => Assert.Equal("Acknowledged", page.Find("#complaint-status").TextContent.Trim()));
    }

    [Fact]
    public async Task Neither_listens_once_gone()
    {
        Open(new ComplaintDetailsBuilder().Build());
        Render<QueuePage>();
        await DisposeComponentsAsync();
        var (searches, reads) = (Queries.Searches.Count, Queries.GetCalls);

        await Events.OnReconnected();

        Assert.Equal((searches, reads), (Queries.Searches.Count, Queries.GetCalls));
    }
}
