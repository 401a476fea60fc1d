using Bunit;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Features.Administration;

namespace ComplaintDesk.Tests.Components;

/// <summary>Administration → Teams: adding teams (refusals by the name field), choosing their people, showing their categories.</summary>
public sealed class KeepingTeamsOnTheirPage : AdministrationPageContext
{
    private async Task<string> PersonAsync(string email, string name)
    {
        await using var db = Desk.NewContext();
        var user = new DeskUser { UserName = email, Email = email, DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task Shows_why_a_name_is_refused_by_the_name_field_and_adds_nothing()
    {
        var page = RenderPage<TeamsPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#no-teams")));

        page.Find("#new-team").Change("");
        page.Find("#add-team").Click();

        page.WaitForAssertion(() => Assert.Equal("Give the team a name.", ErrorUnder(page.Find("#new-team"))));
        Assert.Empty(await TeamDesk.ListAsync(Administrator, CancellationToken.None));
    }

    [Fact]
    public void Adds_a_team_that_has_nobody_and_no_category_yet()
    {
        var page = RenderPage<TeamsPage>();

        page.Find("#new-team").Change("Night shift");
        page.Find("#add-team").Click();

        page.WaitForAssertion(() => Assert.Contains("Nobody yet.", page.Find("[data-team='Night shift']").TextContent));
        Assert.Contains("None: its queue stays empty", page.Find("[data-team='Night shift'] [data-categories]").TextContent);
    }

    [Fact]
    public async Task Puts_a_person_in_a_team_and_lists_the_categories_it_owns()
    {
        await PersonAsync("deniz@demo.local", "Deniz Ak");
        var team = await TeamDesk.CreateAsync("Billing desk", Administrator, CancellationToken.None);
        await CategoryDesk.GiveToTeamAsync("Billing", team.Id, Administrator, CancellationToken.None);
        var page = RenderPage<TeamsPage>();
        page.WaitForAssertion(() => Assert.Contains("Billing", page.Find("[data-team='Billing desk'] [data-categories]").TextContent));

        Choose(page, "Add a person", "Deniz Ak (deniz@demo.local)");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-team='Billing desk'] [data-member='deniz@demo.local']")));
        var member = Assert.Single(Assert.Single(await TeamDesk.ListAsync(Administrator, CancellationToken.None)).Members);
        Assert.Equal("deniz@demo.local", member.Email);
    }

    [Fact]
    public async Task Retires_a_team_with_no_categories_and_keeps_one_that_still_has_some()
    {
        await TeamDesk.CreateAsync("Old shift", Administrator, CancellationToken.None);
        var busy = await TeamDesk.CreateAsync("Busy shift", Administrator, CancellationToken.None);
        await CategoryDesk.GiveToTeamAsync("General", busy.Id, Administrator, CancellationToken.None);
        var page = RenderPage<TeamsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-team]").Count));

        page.Find("[data-team='Old shift'] [data-retire]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-team='Old shift'] [data-activate]")));
        page.Find("[data-team='Busy shift'] [data-retire]").Click();

        Assert.Equal("Retired", page.Find("[data-team='Old shift'] [data-state]").TextContent.Trim());
        var teams = await TeamDesk.ListAsync(Administrator, CancellationToken.None);
        Assert.Equal([("Busy shift", true), ("Old shift", false)], teams.Select(t => (t.Name, t.Active)));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-team='Busy shift'] [data-state]")));
    }
}
