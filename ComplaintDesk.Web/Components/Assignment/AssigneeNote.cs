using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Assignment;

/// <summary>What a supervisor choosing an assignee should know about a candidate (ISO 10002 objectivity, Annex D).</summary>
public static class AssigneeNote
{
    public static string Note(this IStringLocalizer<DeskText> text, string candidate, string? subjectStaffEmail, IReadOnlyCollection<string> barredFromDeciding) =>
        string.Equals(candidate, subjectStaffEmail, StringComparison.OrdinalIgnoreCase) ? text["Assign.AboutThem"]
        : !ComplaintPermissions.MayDecide(candidate, barredFromDeciding) ? text["Assign.NotTheirDecision"]
        : "";
}
