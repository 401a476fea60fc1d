using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Hubs;

/// <summary>Hub group names: one per role and one per person (by e-mail, as complaints name their assignee).</summary>
public static class DeskGroups
{
    public static string Role(DeskRole role) => $"role:{role}";

    public static string User(string email) => $"user:{email.ToUpperInvariant()}";

    /// <summary>Every role reads complaints, so a change goes to all of them.</summary>
    public static IReadOnlyList<string> EveryRole { get; } = Enum.GetValues<DeskRole>().Select(Role).ToList();

    /// <summary>The roles that monitor the desk (clause 8) and receive the monthly workbook.</summary>
    public static IReadOnlyList<string> Monitoring { get; } =
        [Role(DeskRole.QualityManager), Role(DeskRole.Supervisor), Role(DeskRole.Administrator)];

    /// <summary>The groups an alert is raised, repeated and acknowledged to.</summary>
    public static IReadOnlyList<string> For(AlertView alert) =>
    [
        .. AlertAudience.RolesOf(alert.TargetRole).Select(Role),
        .. alert.TargetEmail is null ? [] : new[] { User(alert.TargetEmail) },
    ];
}
