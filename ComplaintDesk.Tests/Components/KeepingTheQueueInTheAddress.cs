using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The queue's tab, filters, sort and page live in the address: a link, back, forward and reload show the same rows.</summary>
public sealed class KeepingTheQueueInTheAddress : DeskPageContext
{
    public KeepingTheQueueInTheAddress() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Choosing_a_tab_a_sort_and_a_page_size_puts_them_in_the_address()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        queue.FindAll("#queue-scopes button").Single(b => b.TextContent.Trim() == "Unassigned").Click();
        queue.Find("th button[data-sort='priority']").Click();
        queue.Find("#queue-page-size").Change("50");

        queue.WaitForAssertion(() => Assert.Equal(4, Queries.Searches.Count));
        Assert.EndsWith("/queue?tab=unassigned&sort=priority&size=50", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_an_address_shows_its_view()
    {
        Navigation.NavigateTo("/queue?tab=closed&priority=High&q=kettle&sort=-nextDueAt&page=2&size=10");

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        var search = Queries.LastSearch;
        Assert.Equal((QueueStatuses.Finished, "High", "kettle", "-nextDueAt", 2, 10),
            (search.Status, search.Priority, search.Q, search.Sort, search.Page, search.PageSize));
        Assert.Equal("Closed", queue.Find("#queue-scopes [aria-checked='true']").TextContent.Trim());
    }

    [Fact]
    public void Going_back_to_an_earlier_address_shows_that_view_again()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        queue.FindAll("#queue-scopes button").Single(b => b.TextContent.Trim() == "All open").Click();
        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));

        // What the browser's back button does: the address changes, the page is the same.
        Navigation.NavigateTo("/queue");

        queue.WaitForAssertion(() => Assert.Equal(3, Queries.Searches.Count));
        Assert.Equal("me", Queries.LastSearch.Assignee);
        Assert.Equal("My complaints", queue.Find("#queue-scopes [aria-checked='true']").TextContent.Trim());
    }

    [Fact]
    public void The_pager_moves_to_the_next_page_in_the_address()
    {
        Queries.Page = new Page<ComplaintSummary>([new ComplaintSummaryBuilder("CMP-2026-000001").Build()], 60);
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Equal("1–25 of 60", queue.Find("[data-total]").TextContent.Trim()));

        queue.Find("[data-page='next']").Click();

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(2, Queries.LastSearch.Page);
        Assert.EndsWith("/queue?page=2", Navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("26–50 of 60", queue.Find("[data-total]").TextContent.Trim());
    }
}
