using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Demo;

/// <summary>
/// The demo desk's one team: every demo person in it, every category given to it, named in the demo's language, as
/// the default categories are (<see cref="DemoContent"/>).
/// </summary>
public static class DemoTeam
{
    public static async Task SeedAsync(DeskDbContext db, DemoContent content, StoredSlaSettings sla, CancellationToken cancellationToken)
    {
        var putInForce = await NameCategoriesAsync(db, content, sla, cancellationToken);
        var team = new Team(content.Team);
        team.SetMembers(await db.Users.Select(u => u.Id).ToListAsync(cancellationToken));
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var category in await db.Categories.ToListAsync(cancellationToken))
        {
            category.GiveTo(team.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        putInForce.ForEach(action => action());
    }

    // Renamed as an administrator would, so SLA overrides of a default category follow it to its new name.
    private static async Task<List<Action>> NameCategoriesAsync(DeskDbContext db, DemoContent content, StoredSlaSettings sla, CancellationToken cancellationToken)
    {
        var putInForce = new List<Action>();
        foreach (var category in await db.Categories.ToListAsync(cancellationToken))
        {
            if (content.Categories.TryGetValue(category.Name, out var name))
            {
                var before = category.Name;
                category.Rename(name);
                if (await sla.RenameCategoryAsync(db, before, name, cancellationToken) is { } action)
                {
                    putInForce.Add(action);
                }
            }
        }

        return putInForce;
    }
}
