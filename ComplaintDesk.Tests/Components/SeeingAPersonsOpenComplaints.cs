using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.People;

namespace ComplaintDesk.Tests.Components;

/// <summary>A person's page lists the open complaints still assigned to them; a deactivated person's need a new handler.</summary>
public sealed class SeeingAPersonsOpenComplaints : PeoplePageContext
{
    public SeeingAPersonsOpenComplaints() =>
        Queries.Page = new Page<ComplaintSummary>(
        [
            new ComplaintSummaryBuilder("CMP-2026-000007").AssignedTo("gone@example.com").Build(),
            new ComplaintSummaryBuilder("CMP-2026-000009").AssignedTo("gone@example.com").Build(),
        ], 2);

    [Fact]
    public void Asks_for_their_open_complaints_and_says_a_supervisor_reassigns_them()
    {
        People.People.Add(new("id-x", "gone@example.com", "Gönül Eski", [DeskRole.Handler], false, false));

        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-x"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-open-complaint]").Count));
        Assert.Equal((QueueStatuses.Open, "gone@example.com"), (Queries.LastSearch.Status, Queries.LastSearch.Assignee));
        Assert.Equal(["CMP-2026-000007", "CMP-2026-000009"], page.FindAll("[data-open-complaint]").Select(r => r.GetAttribute("data-open-complaint")));
        Assert.Contains("supervisor reassigns", page.Find("#reassign-needed").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-activate='gone@example.com']"));
    }

    [Fact]
    public void An_active_person_s_complaints_are_listed_without_the_warning()
    {
        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-h1"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-open-complaint]").Count));
        Assert.Empty(page.FindAll("#reassign-needed"));
        Assert.Equal("handler@demo.local", Queries.LastSearch.Assignee);
    }
}
