using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Escalations;

/// <summary>Who an alert is for (Annex H), as <see cref="DeskCapabilities"/> routes it.</summary>
public static class AlertAudience
{
    public static DeskRole TargetRoleFor(int level, string? assignee) => DeskCapabilities.AlertTargetFor(level, assignee);

    /// <summary>The roles whose members all receive the alert; the assignee's nudge goes to one person instead.</summary>
    public static IReadOnlyList<DeskRole> RolesOf(DeskRole targetRole) => DeskCapabilities.AlertRecipients(targetRole);

    /// <summary>Those roles' members in running text: "supervisors and quality managers".</summary>
    public static DeskMessage Members(DeskRole targetRole) => DeskMessage.AllOf(RolesOf(targetRole).Select(EventKeys.Members));

    public static bool Includes(Actor actor, DeskRole targetRole, string? targetEmail) =>
        actor.Is(targetEmail) || RolesOf(targetRole).Any(actor.Roles.Contains);
}
