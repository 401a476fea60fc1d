using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A complaint lands in its category's team; "my teams" lists what landed in a person's teams.</summary>
public sealed class LandingInTheCategorysTeam(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    private ICategoryDesk Categories => desk.Services.GetRequiredService<ICategoryDesk>();

    private ITeamDesk Teams => desk.Services.GetRequiredService<ITeamDesk>();

    private IComplaintQueries Queries => desk.Services.GetRequiredService<IComplaintQueries>();

    private async Task<Actor> PersonAsync(string email, DeskRole role)
    {
        await using var db = desk.NewContext();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == email);
        if (user is null)
        {
            user = new DeskUser { UserName = email, Email = email, DisplayName = email.Split('@')[0] };
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        return new Actor(user.Id, email, new HashSet<DeskRole> { role });
    }

    private async Task<TeamView> TeamAsync(string name, string category, params Actor[] members)
    {
        var team = await Teams.CreateAsync(name, _administrator, CancellationToken.None);
        await Teams.SetMembersAsync(team.Id, [.. members.Select(m => m.UserId)], _administrator, CancellationToken.None);
        await Categories.CreateAsync(category, _administrator, CancellationToken.None);
        await Categories.GiveToTeamAsync(category, team.Id, _administrator, CancellationToken.None);
        return team;
    }

    private Task<ComplaintDetails> ReceiveAsync(Actor handler, string? category) => desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail("Invoice", category, "Charged twice."),
        handler,
        CancellationToken.None);

    private async Task<IReadOnlyList<ComplaintSummary>> MyTeamsAsync(Actor actor) =>
        (await Queries.ListAsync(QueueSearch.For(QueueScope.MyTeams, null, null, 1, 100, null), actor, CancellationToken.None)).Items;

    [Fact]
    public async Task A_new_complaint_lands_in_its_categorys_team_and_in_that_teams_queue_only()
    {
        var north = await PersonAsync("north@demo.local", DeskRole.Handler);
        var south = await PersonAsync("south@demo.local", DeskRole.Handler);
        await TeamAsync("North", "North goods", north);
        await TeamAsync("South", "South goods", south);

        var complaint = await ReceiveAsync(north, "North goods");

        var row = Assert.Single(await MyTeamsAsync(north), c => c.Reference == complaint.Reference);
        Assert.Equal("North", row.Team);
        Assert.DoesNotContain(await MyTeamsAsync(south), c => c.Reference == complaint.Reference);
    }

    [Fact]
    public async Task A_complaint_without_a_team_category_is_in_no_teams_queue()
    {
        var east = await PersonAsync("east@demo.local", DeskRole.Handler);
        await TeamAsync("East", "East goods", east);

        var complaint = await ReceiveAsync(east, "General");

        Assert.DoesNotContain(await MyTeamsAsync(east), c => c.Reference == complaint.Reference);
        var all = await Queries.ListAsync(new ComplaintSearch(Q: complaint.Reference), east, CancellationToken.None);
        Assert.Null(Assert.Single(all.Items).Team);
    }

    [Fact]
    public async Task Assessing_it_into_another_teams_category_moves_it_to_that_team()
    {
        var west = await PersonAsync("west@demo.local", DeskRole.Handler);
        var centre = await PersonAsync("centre@demo.local", DeskRole.Handler);
        await TeamAsync("West", "West goods", west);
        await TeamAsync("Centre", "Centre goods", centre);
        var complaint = await ReceiveAsync(west, "West goods");
        await desk.Workflow.ApplyAsync(complaint.Reference, west, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);

        await desk.Workflow.ApplyAsync(complaint.Reference, west, null, new AssessCommand(Priority.High, "Centre goods"), CancellationToken.None);

        Assert.Contains(await MyTeamsAsync(centre), c => c.Reference == complaint.Reference);
        Assert.DoesNotContain(await MyTeamsAsync(west), c => c.Reference == complaint.Reference);
    }

    [Fact]
    public async Task Only_administrators_make_teams()
    {
        var handler = await PersonAsync("keen@demo.local", DeskRole.Handler);

        await Assert.ThrowsAsync<NotPermittedException>(() => Teams.CreateAsync("Self-made", handler, CancellationToken.None));

        Assert.DoesNotContain(await Teams.ListAsync(_administrator, CancellationToken.None), t => t.Name == "Self-made");
    }
}
