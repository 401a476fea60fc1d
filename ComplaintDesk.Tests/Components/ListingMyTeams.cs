using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>"My teams" is offered to people in a team, asks Core for their teams' complaints, and each row shows its team.</summary>
public sealed class ListingMyTeams : DeskPageContext
{
    public ListingMyTeams() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Someone_in_no_team_is_not_offered_my_teams()
    {
        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));
        Assert.DoesNotContain(queue.FindAll("#queue-scopes button"), b => b.TextContent.Trim() == "My teams");
    }

    [Fact]
    public void Someone_in_a_team_switches_to_my_teams_and_the_queue_asks_for_their_teams_open_complaints()
    {
        Teams.TeamIds = [3];
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(Queries.Searches));

        queue.FindAll("#queue-scopes button").Single(b => b.TextContent.Trim() == "My teams").Click();

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        Assert.Equal(("mine", null, QueueStatuses.Open), (Queries.LastSearch.Team, Queries.LastSearch.Assignee, Queries.LastSearch.Status));
    }

    [Fact]
    public void A_row_shows_the_team_whose_queue_it_is_in()
    {
        Queries.Page = new Page<ComplaintSummary>(
            [new ComplaintSummaryBuilder("CMP-2026-000001").Build() with { Team = "Billing desk" }, new ComplaintSummaryBuilder("CMP-2026-000002").Build()], 2);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("[data-team]")));
        Assert.Equal("Billing desk", queue.Find("[data-team]").TextContent.Trim());
    }
}
