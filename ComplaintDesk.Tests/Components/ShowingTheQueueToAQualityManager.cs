using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>ISO 10002 4.10: a quality manager reads every complaint but works none and sees no personal data.</summary>
public sealed class ShowingTheQueueToAQualityManager : DeskPageContext
{
    public ShowingTheQueueToAQualityManager() => SignInAs(DeskPerson.QualityManager);

    [Fact]
    public void Offers_only_all_open_and_closed()
    {
        var queue = RenderPage<QueuePage>();

        Assert.Equal(["All open", "Closed"], queue.FindAll("#queue-scopes button").Select(b => b.TextContent.Trim()));
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        Assert.Equal((QueueStatuses.Open, null), (Queries.LastSearch.Status, Queries.LastSearch.Assignee));
    }

    [Fact]
    public void Leaves_out_the_complainants_name()
    {
        Queries.Page = new Page<ComplaintSummary>([new ComplaintSummaryBuilder("CMP-2026-000001").Build()], 1);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("a.desk-reference")));
        Assert.Empty(queue.FindAll("[data-complainant]"));
        Assert.DoesNotContain("Ayşe Kara", queue.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_no_take_button()
    {
        Queries.Page = new Page<ComplaintSummary>([new ComplaintSummaryBuilder("CMP-2026-000001").Build()], 1);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("a.desk-reference")));
        Assert.Empty(queue.FindAll("[data-take]"));
    }
}
