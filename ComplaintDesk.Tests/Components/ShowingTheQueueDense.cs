using Bunit;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>A person who wants more of the queue on one screen turns on dense rows, and the desk remembers it for them.</summary>
public sealed class ShowingTheQueueDense : DeskPageContext
{
    public ShowingTheQueueDense() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Turning_dense_on_tightens_the_rows_and_is_remembered()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        queue.Find("#queue-dense").Click();

        Assert.Contains("desk-queue--dense", queue.Find("#queue").ClassList);
        Assert.Equal("true", queue.Find("#queue-dense").GetAttribute("aria-pressed"));
        Assert.Contains(DeskPerson.Handler.UserId, Preferences.Dense);
    }

    [Fact]
    public void A_person_who_chose_dense_finds_the_queue_dense()
    {
        Preferences.Dense.Add(DeskPerson.Handler.UserId);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Contains("desk-queue--dense", queue.Find("#queue").ClassList));
    }
}
