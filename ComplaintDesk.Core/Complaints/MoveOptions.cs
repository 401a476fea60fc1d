using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Which moves a person is offered on a complaint right now: those <see cref="ComplaintPermissions.Decide"/> allows,
/// so screens offer exactly what the workflow would accept.
/// </summary>
public static class MoveOptions
{
    public static IReadOnlyList<ComplaintMove> For(Actor actor, ComplaintDetails complaint) =>
        Enum.GetValues<ComplaintMove>()
            .Where(move => move != ComplaintMove.Receive && CanMake(actor, MoveSubject.Of(complaint), move))
            .Where(move => move != ComplaintMove.RecordSatisfaction
                || SatisfactionRecording.IsOpen(complaint.Status, complaint.Closing.Outcome, complaint.Closing.Satisfaction))
            .ToList();

    /// <summary>
    /// Whether the person is offered the move. Those who do not assign to others are offered assigning only as taking
    /// an unassigned complaint: on their own one it would change nothing.
    /// </summary>
    public static bool CanMake(Actor actor, MoveSubject complaint, ComplaintMove move) =>
        ComplaintPermissions.Decide(actor, complaint, move).IsAllowed
        && (move != ComplaintMove.Assign || actor.Has(DeskCapability.AssignToOthers) || complaint.Assignee is null);

    /// <summary>Why a person has no move to make on a complaint, in words they understand.</summary>
    public static DeskMessage WhyNone(Actor actor, ComplaintDetails complaint) =>
        !actor.Has(DeskCapability.WorkComplaints) ? DeskMessage.Of(ComplaintKeys.NoMoveReadOnly)
        : actor.Is(complaint.Assignment.SubjectStaffEmail) ? DeskMessage.Of(ComplaintKeys.NoMoveAboutYou)
        : !complaint.Status.IsOpen() ? DeskMessage.Of(ComplaintKeys.NoMoveFinished)
        : DeskMessage.Of(ComplaintKeys.NoMoveAssigned, complaint.Assignment.Assignee ?? "");

    /// <summary>Why the decision the complaint now waits for is not this person's to take, or null when it is (or none is due).</summary>
    public static DeskMessage? WhyNoDecision(Actor actor, ComplaintDetails complaint)
    {
        var subject = MoveSubject.Of(complaint);
        return Enum.GetValues<ComplaintMove>()
            .Where(move => ComplaintPermissions.IsDecision(move) && ComplaintMoves.IsAllowed(move, subject.Status))
            .Any(move => ComplaintPermissions.Decide(actor, subject, move).Reason == ComplaintPermissions.IndependentDecisionReason)
            ? ComplaintPermissions.IndependentDecisionReason
            : null;
    }

    /// <summary>Giving the complaint to someone else, not only taking it.</summary>
    public static bool CanAssignToOthers(Actor actor, MoveSubject complaint) =>
        actor.Has(DeskCapability.AssignToOthers) && CanMake(actor, complaint, ComplaintMove.Assign);

    /// <summary>A person taking an unassigned complaint for themselves.</summary>
    public static bool CanTake(Actor actor, MoveSubject complaint) =>
        complaint.Assignee is null && CanMake(actor, complaint, ComplaintMove.Assign);
}
