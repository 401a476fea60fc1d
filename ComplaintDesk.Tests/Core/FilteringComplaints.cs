using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core;

/// <summary><see cref="ComplaintFilter.From"/>: a list request is read and checked before it reaches a query.</summary>
public sealed class FilteringComplaints
{
    [Fact]
    public void Defaults_to_the_first_page_of_25_newest_first_for_anyone()
    {
        var filter = ComplaintFilter.From(new ComplaintSearch(Q: "   "), Actors.Handler);

        Assert.Equal((1, 25, ComplaintSort.NewestFirst), (filter.Page, filter.PageSize, filter.Sort));
        Assert.Equal(("receivedAt", true), (filter.Sort.Field, filter.Sort.Descending));
        Assert.Equal((AssigneeFilter.Anyone, null, null), (filter.Assignee, filter.AssigneeEmail, filter.Text));
        Assert.Empty(filter.Statuses);
        Assert.Empty(filter.Priorities);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Accepts_a_page_size_from_1_to_200(int pageSize)
    {
        Assert.Equal(pageSize, ComplaintFilter.From(new ComplaintSearch(PageSize: pageSize, Page: 3), Actors.Handler).PageSize);
    }

    [Theory]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, 201, "pageSize")]
    [InlineData(0, null, "page")]
    [InlineData(-1, 10, "page")]
    public void Refuses_a_page_out_of_range(int? page, int? pageSize, string field)
    {
        AssertRefusedFor(field, new ComplaintSearch(Page: page, PageSize: pageSize));
    }

    [Fact]
    public void Reads_a_list_of_statuses_and_priorities_in_any_case()
    {
        var filter = ComplaintFilter.From(new ComplaintSearch(Status: "Closed,received", Priority: " high , CRITICAL,"), Actors.Handler);

        Assert.Equal([ComplaintStatus.Closed, ComplaintStatus.Received], filter.Statuses);
        Assert.Equal([Priority.High, Priority.Critical], filter.Priorities);
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("Closed,Archived")]
    [InlineData("7")]
    [InlineData("Closed|Received")]
    public void Refuses_a_status_that_is_not_one(string status)
    {
        var refusal = AssertRefusedFor("status", new ComplaintSearch(Status: status));

        Assert.Contains("Received, Acknowledged, Assessed", InEnglish.Word(refusal.Errors["status"][0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_me_to_the_actors_own_email()
    {
        var actor = Actors.Make("id-h1", "Handler@Demo.Local", DeskRole.Handler);

        var filter = ComplaintFilter.From(new ComplaintSearch(Assignee: " ME "), actor);

        Assert.Equal((AssigneeFilter.Person, "handler@demo.local"), (filter.Assignee, filter.AssigneeEmail));
    }

    [Theory]
    [InlineData("unassigned", AssigneeFilter.Nobody, null)]
    [InlineData("Handler2@Demo.Local", AssigneeFilter.Person, "handler2@demo.local")]
    [InlineData("", AssigneeFilter.Anyone, null)]
    public void Reads_who_the_complaints_are_assigned_to(string assignee, AssigneeFilter expected, string? email)
    {
        var filter = ComplaintFilter.From(new ComplaintSearch(Assignee: assignee), Actors.Supervisor);

        Assert.Equal((expected, email), (filter.Assignee, filter.AssigneeEmail));
    }

    [Fact]
    public void Reports_every_bad_parameter_at_once()
    {
        var search = new ComplaintSearch(Status: "Open", Priority: "Urgent", Page: 0, PageSize: 500, Sort: "colour");

        var refusal = Assert.Throws<InvalidInputException>(() => ComplaintFilter.From(search, Actors.Handler));

        Assert.Equal(["page", "pageSize", "priority", "sort", "status"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static InvalidInputException AssertRefusedFor(string field, ComplaintSearch search)
    {
        var refusal = Assert.Throws<InvalidInputException>(() => ComplaintFilter.From(search, Actors.Handler));
        Assert.Equal(field, Assert.Single(refusal.Errors).Key);
        return refusal;
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("handler2")]
    public void Refuses_an_assignee_that_is_neither_me_unassigned_nor_an_email(string assignee)
    {
        var refusal = Assert.Throws<InvalidInputException>(() => ComplaintFilter.From(new ComplaintSearch(Assignee: assignee), Actors.Supervisor));

        Assert.Equal("assignee", Assert.Single(refusal.Errors).Key);
    }
}
