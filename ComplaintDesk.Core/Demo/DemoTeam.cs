using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Demo;

/// <summary>The demo desk's one team: every demo person in it, every category given to it.</summary>
public static class DemoTeam
{
    public const string Name = "Complaints team";

    public static async Task SeedAsync(DeskDbContext db, CancellationToken cancellationToken)
    {
        var team = new Team(Name);
        team.SetMembers(await db.Users.Select(u => u.Id).ToListAsync(cancellationToken));
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var category in await db.Categories.ToListAsync(cancellationToken))
        {
            category.GiveTo(team.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
