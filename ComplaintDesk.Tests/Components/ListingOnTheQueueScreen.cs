using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The queue asks Core for exactly what its scope, filters, search and sort show.</summary>
public sealed class ListingOnTheQueueScreen : DeskPageContext
{
    public ListingOnTheQueueScreen() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void A_handler_first_sees_their_own_open_complaints_newest_first()
    {
        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        var search = Queries.LastSearch;
        Assert.Equal((QueueStatuses.Open, "me", null, null, 1, 25),
            (search.Status, search.Assignee, search.Priority, search.Q, search.Page, search.PageSize));
        Assert.Equal(ComplaintSort.NewestFirst, ComplaintSort.Parse(search.Sort, new FieldErrors()));
        Assert.Equal("My complaints", queue.Find("#queue-scopes [aria-checked='true']").TextContent.Trim());
    }

    [Theory]
    [InlineData("Unassigned", "unassigned", QueueStatuses.Open)]
    [InlineData("All open", null, QueueStatuses.Open)]
    [InlineData("Closed", null, QueueStatuses.Finished)]
    public void Switching_the_scope_asks_for_its_assignee_and_statuses(string scope, string? assignee, string statuses)
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        queue.FindAll("#queue-scopes button").Single(b => b.TextContent.Trim() == scope).Click();

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal((statuses, assignee, 1), (Queries.LastSearch.Status, Queries.LastSearch.Assignee, Queries.LastSearch.Page));
    }

    // MudBlazor 9 debounces on the TimeProvider from DI, so the fake clock ends the 300 ms pause.
    // What follows runs on the thread pool: "not asked before 300 ms" cannot be checked without real waiting.
    [Fact]
    public void Typing_in_the_search_box_asks_for_the_text()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        queue.Find("#queue-search").Input("crushed box");
        Time.Advance(TimeSpan.FromMilliseconds(300));

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(("crushed box", "me"), (Queries.LastSearch.Q, Queries.LastSearch.Assignee));
    }

    [Fact]
    public void Choosing_a_priority_asks_for_it()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        Choose(queue, "Priority", "Critical");

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal("Critical", Queries.LastSearch.Priority);
    }

    [Theory]
    [InlineData("priority", 1, "priority", "ascending")]
    [InlineData("priority", 2, "-priority", "descending")]
    [InlineData("reference", 1, "reference", "ascending")]
    [InlineData("escalationLevel", 1, "escalationLevel", "ascending")]
    [InlineData("receivedAt", 1, "receivedAt", "ascending")]
    public void Sorting_a_column_asks_for_Cores_sort_key_and_marks_the_heading(string column, int clicks, string key, string order)
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        for (var click = 1; click <= clicks; click++)
        {
            queue.Find($"th button[data-sort='{column}']").Click();
            queue.WaitForAssertion(() => Assert.Equal(1 + click, Queries.Searches.Count));
        }

        Assert.Equal(key, Queries.LastSearch.Sort);
        Assert.Equal([order], queue.FindAll("th[aria-sort]").Select(th => th.GetAttribute("aria-sort")));
        Assert.Equal(column, queue.Find("th[aria-sort] button").GetAttribute("data-sort"));
    }

    [Fact]
    public void A_third_click_on_a_heading_goes_back_to_newest_first()
    {
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        for (var click = 1; click <= 3; click++)
        {
            queue.Find("th button[data-sort='status']").Click();
        }

        queue.WaitForAssertion(() => Assert.Equal(4, Queries.Searches.Count));
        Assert.Null(Queries.LastSearch.Sort);
        Assert.Equal("descending", queue.Find("th:has(button[data-sort='receivedAt'])").GetAttribute("aria-sort"));
    }

    [Fact]
    public void Shows_each_row_with_the_complainants_name()
    {
        Queries.Page = new Page<ComplaintSummary>([new ComplaintSummaryBuilder("CMP-2026-000001").Build()], 1);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Equal("Ayşe Kara", queue.Find("tr[data-reference='CMP-2026-000001'] [data-complainant]").TextContent.Trim()));
        Assert.Equal("/complaints/CMP-2026-000001", queue.Find("a.desk-reference").GetAttribute("href"));
        Assert.Empty(queue.FindAll("#queue-empty"));
    }

    [Fact]
    public void Says_so_when_no_complaint_matches()
    {
        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Equal("No complaints match.", queue.Find("#queue-empty").TextContent.Trim()));
        Assert.Empty(queue.FindAll("a.desk-reference"));
    }
}
