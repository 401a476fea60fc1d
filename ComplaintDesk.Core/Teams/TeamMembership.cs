using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Teams;

/// <summary>Which teams a person is in. Someone in no team works for the whole desk: teams narrow, never hide.</summary>
internal static class TeamMembership
{
    public static async Task<IReadOnlyList<int>> TeamIdsOfAsync(this DeskDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.Set<TeamMember>().Where(m => m.UserId == userId).Select(m => m.TeamId).ToListAsync(cancellationToken);

    /// <summary>Whether something of <paramref name="teamId"/>'s is for a person in <paramref name="personTeams"/>.</summary>
    public static bool Reaches(int? teamId, IReadOnlyCollection<int> personTeams) =>
        teamId is null || personTeams.Count == 0 || personTeams.Contains(teamId.Value);
}
