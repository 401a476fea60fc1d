using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Which moves a person may make on a complaint right now, from the same rules that refuse them:
/// screens offer exactly these and nothing else.
/// </summary>
public static class MoveOptions
{
    public static IReadOnlyList<ComplaintMove> For(Actor actor, ComplaintDetails complaint) =>
        Enum.GetValues<ComplaintMove>()
            .Where(move => move != ComplaintMove.Receive
                && CanMake(actor, complaint.Status, complaint.Assignment.Assignee, complaint.Assignment.SubjectStaffEmail, move)
                && (!ComplaintPermissions.IsDecision(move) || MayDecide(actor, complaint)))
            .ToList();

    /// <summary>
    /// Whether the person may make the move as far as state, role, assignment and the subject's objectivity go;
    /// <see cref="For"/> also withholds the decision from those barred from taking it.
    /// </summary>
    public static bool CanMake(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail, ComplaintMove move) =>
        ComplaintPermissions.MayWorkOn(actor, assignee)
        && !actor.Is(subjectStaffEmail)
        && ComplaintMoves.IsAllowed(move, status)
        && (move != ComplaintMove.Assign || actor.IsSupervisor || assignee is null);

    /// <summary>Why a person has no move to make on a complaint, in words they understand.</summary>
    public static string WhyNone(Actor actor, ComplaintDetails complaint) =>
        !actor.WorksComplaints ? "Your role reads complaints; handlers and supervisors work them."
        : actor.Is(complaint.Assignment.SubjectStaffEmail) ? "This complaint is about you, so a colleague handles it (ISO 10002 objectivity)."
        : !complaint.Status.IsOpen() ? "This complaint is finished."
        : $"This complaint is assigned to {complaint.Assignment.Assignee}.";

    /// <summary>Why the decision the complaint now waits for is not this person's to take, or null when it is (or none is due).</summary>
    public static string? WhyNoDecision(Actor actor, ComplaintDetails complaint) =>
        !MayDecide(actor, complaint)
        && Enum.GetValues<ComplaintMove>().Any(move => ComplaintPermissions.IsDecision(move)
            && CanMake(actor, complaint.Status, complaint.Assignment.Assignee, complaint.Assignment.SubjectStaffEmail, move))
            ? ComplaintPermissions.IndependentDecisionReason
            : null;

    /// <summary>A handler (or supervisor) taking an unassigned complaint for themselves.</summary>
    public static bool CanTake(Actor actor, ComplaintStatus status, string? assignee, string? subjectStaffEmail) =>
        assignee is null && CanMake(actor, status, assignee, subjectStaffEmail, ComplaintMove.Assign);

    private static bool MayDecide(Actor actor, ComplaintDetails complaint) =>
        ComplaintPermissions.MayDecide(actor.Email, complaint.Assignment.BarredFromDeciding);
}
