using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Which moves a person may make on a complaint right now, from the same rules that refuse them:
/// screens offer exactly these and nothing else.
/// </summary>
public static class MoveOptions
{
    public static IReadOnlyList<ComplaintMove> For(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail) =>
        Enum.GetValues<ComplaintMove>()
            .Where(move => move != ComplaintMove.Receive && CanMake(actor, status, assignee, subjectStaffEmail, move))
            .ToList();

    public static bool CanMake(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail, ComplaintMove move) =>
        ComplaintPermissions.MayWorkOn(actor, assignee)
        && !actor.Is(subjectStaffEmail)
        && ComplaintMoves.IsAllowed(move, status)
        && (move != ComplaintMove.Assign || actor.IsSupervisor || assignee is null);

    /// <summary>Why a person has no move to make on a complaint, in words they understand.</summary>
    public static string WhyNone(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail) =>
        !actor.WorksComplaints ? "Your role reads complaints; handlers and supervisors work them."
        : actor.Is(subjectStaffEmail) ? "This complaint is about you, so a colleague handles it (ISO 10002 objectivity)."
        : !status.IsOpen() ? "This complaint is finished."
        : $"This complaint is assigned to {assignee}.";

    /// <summary>A handler (or supervisor) taking an unassigned complaint for themselves.</summary>
    public static bool CanTake(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail) =>
        assignee is null && CanMake(actor, status, assignee, subjectStaffEmail, ComplaintMove.Assign);
}
