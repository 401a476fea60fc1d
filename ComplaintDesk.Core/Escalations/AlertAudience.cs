using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// Who an alert is for (Annex H): level 0 nudges the assignee (or the supervisors when nobody has the
/// complaint), level 1 goes to supervisors, levels 2 and 3 to supervisors and quality managers.
/// </summary>
public static class AlertAudience
{
    public static DeskRole TargetRoleFor(int level, string? assignee) => level switch
    {
        0 when assignee is not null => DeskRole.Handler,
        0 or 1 => DeskRole.Supervisor,
        _ => DeskRole.QualityManager,
    };

    /// <summary>The roles whose members all receive the alert; a handler's nudge goes to one person instead.</summary>
    public static IReadOnlyList<DeskRole> RolesOf(DeskRole targetRole) => targetRole switch
    {
        DeskRole.Handler => [],
        DeskRole.QualityManager => [DeskRole.Supervisor, DeskRole.QualityManager],
        _ => [targetRole],
    };

    public static bool Includes(Actor actor, DeskRole targetRole, string? targetEmail) =>
        actor.Is(targetEmail) || RolesOf(targetRole).Any(actor.Roles.Contains);
}
