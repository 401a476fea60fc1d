using ComplaintDesk.Core.Common;
using static ComplaintDesk.Core.Access.DeskCapability;

namespace ComplaintDesk.Core.Access;

/// <summary>
/// The one place that names roles: what each role may do, and which role an alert is raised for.
/// Handlers and supervisors work complaints (supervisors any, and assign them to anyone); quality
/// managers and administrators read them; administrators keep the desk.
/// </summary>
public static class DeskCapabilities
{
    /// <summary>The role an assignee's own nudge (level 0) is raised for: it reaches that one person.</summary>
    public const DeskRole Assignee = DeskRole.Handler;

    /// <summary>The role a person added on the People page starts with.</summary>
    public const DeskRole Newcomer = DeskRole.Handler;

    private static readonly Dictionary<DeskRole, IReadOnlySet<DeskCapability>> _table = new()
    {
        [DeskRole.Handler] = Set(
            ReceiveComplaints, WorkComplaints, DecideComplaints, EscalateComplaints, SeePersonalData, ReadAlerts),
        [DeskRole.Supervisor] = Set(
            ReceiveComplaints, WorkComplaints, DecideComplaints, EscalateComplaints, WorkAnyComplaint, AssignToOthers,
            SeePersonalData, ExportPersonalData, ReadAlerts, ReadMonitoring, ReadReports),
        [DeskRole.QualityManager] = Set(ReadAlerts, ReadMonitoring, ReadReports, ReadAudit),
        [DeskRole.Administrator] = Set(
            AnonymisePersonalData, ReadMonitoring, ReadReports, ReadAudit, AdministerPeople, AdministerOrganisation, ChangeSettings, ManageJobs),
    };

    public static IReadOnlySet<DeskCapability> Of(DeskRole role) => _table[role];

    public static bool AnyHas(IEnumerable<DeskRole> roles, DeskCapability capability) => roles.Any(role => _table[role].Contains(capability));

    /// <summary>The roles that hold <paramref name="capability"/>, from the least privileged to the most.</summary>
    public static IReadOnlyList<DeskRole> RolesWith(DeskCapability capability) =>
        Enum.GetValues<DeskRole>().Where(role => _table[role].Contains(capability)).ToList();

    /// <summary>Every role an alert may be raised for.</summary>
    public static IReadOnlyList<DeskRole> AlertTargets { get; } = [Assignee, DeskRole.Supervisor, DeskRole.QualityManager];

    /// <summary>Annex H: level 0 nudges the assignee (the supervisors when nobody has it), level 1 the supervisors, then quality.</summary>
    public static DeskRole AlertTargetFor(int level, string? assignee) => level switch
    {
        0 when assignee is not null => Assignee,
        0 or 1 => DeskRole.Supervisor,
        _ => DeskRole.QualityManager,
    };

    /// <summary>The roles whose members all receive an alert for <paramref name="target"/>; the assignee's nudge goes to one person.</summary>
    public static IReadOnlyList<DeskRole> AlertRecipients(DeskRole target) => target switch
    {
        Assignee => [],
        DeskRole.QualityManager => [DeskRole.Supervisor, DeskRole.QualityManager],
        _ => [target],
    };

    private static HashSet<DeskCapability> Set(params DeskCapability[] capabilities) => capabilities.ToHashSet();
}
