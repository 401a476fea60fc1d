using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Teams;

/// <summary>Reads the teams as the administration page and the API show them.</summary>
internal static class TeamReader
{
    public static IQueryable<TeamPerson> PeopleOf(IQueryable<DeskUser> users) =>
        users.Select(u => new TeamPerson(u.Id, u.Email!, u.DisplayName));

    /// <summary>Every team by name, with its people by name and the categories given to it.</summary>
    public static async Task<IReadOnlyList<TeamView>> ReadTeamsAsync(this DeskDbContext db, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).ToListAsync(cancellationToken);
        var people = (await PeopleOf(db.Users).ToListAsync(cancellationToken)).ToDictionary(p => p.UserId);
        var categories = await db.Categories.Where(c => c.TeamId != null).Select(c => new { c.TeamId, c.Name }).ToListAsync(cancellationToken);
        return teams
            .Select(t => new TeamView(
                t.Id,
                t.Name,
                t.Active,
                [.. t.Members.Select(m => people[m.UserId]).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)],
                [.. categories.Where(c => c.TeamId == t.Id).Select(c => c.Name).Order(StringComparer.CurrentCulture)]))
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
