using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// Hub group names. A connection joins a group per role, one for its person (by e-mail, as complaints
/// name their assignee) and one per audience it belongs to. Every message goes to a single group:
/// SignalR would deliver a message sent to several groups once per group, so a person with two roles
/// would hear it twice. A team's alert goes to two groups no connection is in both of: the team's people
/// in its audience, and the people in no team (who work for the whole desk).
/// </summary>
public static class DeskGroups
{
    /// <summary>Every signed-in connection: complaint changes are for everyone who reads complaints.</summary>
    public const string Everyone = "desk:everyone";

    /// <summary>The people who monitor the desk (clause 8) and receive the monthly workbook.</summary>
    public const string Monitoring = "desk:monitoring";

    public static string Role(DeskRole role) => $"role:{role}";

    public static string User(string email) => $"user:{email.ToUpperInvariant()}";

    /// <summary>Everyone an alert for <paramref name="targetRole"/> reaches (<see cref="AlertAudience.RolesOf"/>).</summary>
    public static string Audience(DeskRole targetRole) => $"alerts:{targetRole}";

    /// <summary>The audience of <paramref name="targetRole"/> within one team.</summary>
    public static string TeamAudience(int teamId, DeskRole targetRole) => $"team:{teamId}:alerts:{targetRole}";

    /// <summary>The audience of <paramref name="targetRole"/> among the people in no team, who hear every team's alerts.</summary>
    public static string DeskWideAudience(DeskRole targetRole) => $"alerts:{targetRole}:every-team";

    /// <summary>The groups of a person in no team.</summary>
    public static IReadOnlyList<string> Of(Actor actor) => Of(actor, []);

    /// <summary>The groups a signed-in person's connection joins; none of them can be asked for.</summary>
    public static IReadOnlyList<string> Of(Actor actor, IReadOnlyList<int> teams)
    {
        var targets = DeskCapabilities.AlertTargets.Where(target => AlertAudience.Includes(actor, target, null)).ToList();
        return
        [
            Everyone,
            User(actor.Email),
            .. actor.Roles.Select(Role),
            .. actor.Has(DeskCapability.ReadMonitoring) ? [Monitoring] : Array.Empty<string>(),
            .. targets.Select(Audience),
            .. teams.Count == 0 ? targets.Select(DeskWideAudience) : teams.SelectMany(team => targets.Select(target => TeamAudience(team, target))),
        ];
    }

    /// <summary>The groups an alert is raised, repeated and acknowledged to; no connection is in two of them.</summary>
    public static IReadOnlyList<string> For(AlertView alert) => alert switch
    {
        { TargetEmail: { } email } => [User(email)],
        { TeamId: { } team } => [TeamAudience(team, alert.TargetRole), DeskWideAudience(alert.TargetRole)],
        _ => [Audience(alert.TargetRole)],
    };
}
