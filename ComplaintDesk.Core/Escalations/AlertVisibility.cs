using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Escalations;

/// <summary>The alerts a person is in the audience of, as a query.</summary>
internal static class AlertVisibility
{
    // Alerts for roles reach the complaint's team; a complaint without a team, or a person in no team, spans the desk.
    public static IQueryable<Alert> VisibleTo(this DeskDbContext db, Actor actor, IReadOnlyList<int> teams)
    {
        var roles = Enum.GetValues<DeskRole>().Where(target => AlertAudience.RolesOf(target).Any(actor.Roles.Contains)).ToList();
        var anyTeam = teams.Count == 0;
        return db.Alerts.Where(a => a.TargetEmail == actor.Email ||
            (roles.Contains(a.TargetRole) && (anyTeam || a.TeamId == null || teams.Contains(a.TeamId.Value))));
    }
}
