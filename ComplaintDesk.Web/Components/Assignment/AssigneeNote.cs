using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Components.Assignment;

/// <summary>What a supervisor choosing an assignee should know about a candidate (ISO 10002 objectivity, Annex D).</summary>
public static class AssigneeNote
{
    public static string For(string candidate, string? subjectStaffEmail, IReadOnlyCollection<string> barredFromDeciding) =>
        string.Equals(candidate, subjectStaffEmail, StringComparison.OrdinalIgnoreCase) ? " — the complaint is about them"
        : !ComplaintPermissions.MayDecide(candidate, barredFromDeciding) ? " — can work it, but its next decision is someone else's"
        : "";
}
