using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// Hub group names. A connection joins a group per role, one for its person (by e-mail, as complaints
/// name their assignee) and one per audience it belongs to. Every message goes to a single group:
/// SignalR would deliver a message sent to several groups once per group, so a person with two roles
/// would hear it twice.
/// </summary>
public static class DeskGroups
{
    /// <summary>Every signed-in connection: complaint changes are for everyone who reads complaints.</summary>
    public const string Everyone = "desk:everyone";

    /// <summary>The people who monitor the desk (clause 8) and receive the monthly workbook.</summary>
    public const string Monitoring = "desk:monitoring";

    private static readonly DeskRole[] _monitoringRoles = [DeskRole.QualityManager, DeskRole.Supervisor, DeskRole.Administrator];

    // Alerts for roles go to supervisors (levels 0 unassigned and 1) or to supervisors and quality managers (levels 2 and 3).
    private static readonly DeskRole[] _alertTargets = [DeskRole.Supervisor, DeskRole.QualityManager];

    public static string Role(DeskRole role) => $"role:{role}";

    public static string User(string email) => $"user:{email.ToUpperInvariant()}";

    /// <summary>Everyone an alert for <paramref name="targetRole"/> reaches (<see cref="AlertAudience.RolesOf"/>).</summary>
    public static string Audience(DeskRole targetRole) => $"alerts:{targetRole}";

    /// <summary>The groups a signed-in person's connection joins; none of them can be asked for.</summary>
    public static IReadOnlyList<string> Of(Actor actor) =>
    [
        Everyone,
        User(actor.Email),
        .. actor.Roles.Select(Role),
        .. _monitoringRoles.Any(actor.Roles.Contains) ? [Monitoring] : Array.Empty<string>(),
        .. _alertTargets.Where(target => AlertAudience.Includes(actor, target, null)).Select(Audience),
    ];

    /// <summary>The one group an alert is raised, repeated and acknowledged to.</summary>
    public static string For(AlertView alert) => alert.TargetEmail is { } email ? User(email) : Audience(alert.TargetRole);
}
