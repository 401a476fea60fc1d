using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Escalations;

/// <summary>The triage filters by level, kind, age and whose complaints, and pages its groups in the database.</summary>
public class FilteringAndPagingAlertGroups : TriageDesk
{
    public FilteringAndPagingAlertGroups()
    {
    }

    protected FilteringAndPagingAlertGroups(CoreDesk desk)
        : base(desk)
    {
    }

    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    [Fact]
    public async Task A_minimum_level_keeps_complaints_at_that_level_and_above()
    {
        await EscalatedAsync();
        var higher = await EscalatedAsync(times: 2);

        var page = await GroupsAsync(new AlertTriageFilter(MinLevel: 2));

        Assert.Equal([higher], page.Groups.Select(g => g.ComplaintReference));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task A_kind_keeps_the_alerts_of_that_kind()
    {
        var breached = await BreachedAsync();
        await EscalatedAsync();

        var page = await GroupsAsync(new AlertTriageFilter(Kind: AlertTrigger.Breach));

        var group = Assert.Single(page.Groups);
        Assert.Equal(breached, group.ComplaintReference);
        Assert.Equal([AlertTrigger.Breach], group.Kinds);
    }

    [Fact]
    public async Task An_age_keeps_alerts_raised_at_least_that_long_ago()
    {
        var old = await EscalatedAsync();
        Later(TimeSpan.FromHours(3));
        await EscalatedAsync();

        var page = await GroupsAsync(new AlertTriageFilter(OlderThan: TimeSpan.FromHours(2)));

        Assert.Equal([old], page.Groups.Select(g => g.ComplaintReference));
    }

    [Fact]
    public async Task Mine_keeps_the_complaints_assigned_to_me()
    {
        var mine = await EscalatedAsync();
        await EscalatedAsync();
        await RegisterAsync(Supervisor, nameof(DeskRole.Supervisor));
        await ApplyAsync(mine, new AssignCommand(Supervisor.Email), Supervisor);

        var page = await GroupsAsync(new AlertTriageFilter(Scope: AlertScope.Mine));

        Assert.Equal([mine], page.Groups.Select(g => g.ComplaintReference));
    }

    [Fact]
    public async Task My_teams_keeps_the_complaints_in_my_teams_queues()
    {
        var elsewhere = await EscalatedAsync();
        await InTeamAsync(Supervisor);
        var ours = await EscalatedAsync();

        var everything = await GroupsAsync();
        var teams = await GroupsAsync(new AlertTriageFilter(Scope: AlertScope.MyTeams));

        Assert.Equal([elsewhere, ours], everything.Groups.Select(g => g.ComplaintReference));
        Assert.Equal([ours], teams.Groups.Select(g => g.ComplaintReference));
    }

    [Fact]
    public async Task Pages_follow_the_order_and_the_total_counts_every_group()
    {
        var references = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            references.Add(await EscalatedAsync());
            Later(TimeSpan.FromMinutes(1));
        }

        var second = await GroupsAsync(new AlertTriageFilter(Page: 2, PageSize: 2));
        var past = await GroupsAsync(new AlertTriageFilter(Page: 9, PageSize: 2));

        Assert.Equal(references[2..4], second.Groups.Select(g => g.ComplaintReference));
        Assert.Equal((5, 5), (second.Total, past.Total));
        Assert.Empty(past.Groups);
    }

    [Theory]
    [InlineData(4, null, 1, 20, "minLevel")]
    [InlineData(null, -1, 1, 20, "olderThan")]
    [InlineData(null, null, 0, 20, "page")]
    [InlineData(null, null, 1, 101, "pageSize")]
    public async Task A_filter_that_cannot_be_answered_is_refused(int? minLevel, int? olderThanMinutes, int page, int pageSize, string field)
    {
        var filter = new AlertTriageFilter(minLevel, OlderThan: olderThanMinutes is { } m ? TimeSpan.FromMinutes(m) : null, Page: page, PageSize: pageSize);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => GroupsAsync(filter));

        Assert.Equal([field], refusal.Errors.Keys);
    }

    // Puts the person in a new team that takes the "Billing" category, so complaints received from now on are the team's.
    private async Task InTeamAsync(Actor person)
    {
        await RegisterAsync(person, nameof(DeskRole.Supervisor));
        var teams = Desk.Services.GetRequiredService<ITeamDesk>();
        var team = await teams.CreateAsync("Billing desk", _administrator, CancellationToken.None);
        await teams.SetMembersAsync(team.Id, [person.UserId], _administrator, CancellationToken.None);
        await Desk.Services.GetRequiredService<ICategoryDesk>().GiveToTeamAsync("Billing", team.Id, _administrator, CancellationToken.None);
    }

    // A person of the desk, as an administrator would have added them, so moves and teams can name them.
    private async Task RegisterAsync(Actor person, string roleName)
    {
        await using var db = Desk.NewContext();
        var role = new IdentityRole(roleName) { NormalizedName = roleName.ToUpperInvariant() };
        db.Roles.Add(role);
        db.Users.Add(new DeskUser { Id = person.UserId, UserName = person.Email, Email = person.Email, NormalizedEmail = person.Email.ToUpperInvariant() });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = person.UserId, RoleId = role.Id });
        await db.SaveChangesAsync();
    }
}
