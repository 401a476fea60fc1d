using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>What a supervisor choosing an assignee should know about a candidate (ISO 10002 objectivity, Annex D).</summary>
public static class AssigneeNote
{
    public static string For(string candidate, string? subjectStaffEmail, string? firstHandler, int escalationLevel) =>
        Same(candidate, subjectStaffEmail) ? " — the complaint is about them"
        : !ComplaintPermissions.MayDecide(candidate, escalationLevel, firstHandler) ? " — its first handler: can work it, but not decide it now it is escalated"
        : "";

    private static bool Same(string candidate, string? email) => string.Equals(candidate, email, StringComparison.OrdinalIgnoreCase);
}
