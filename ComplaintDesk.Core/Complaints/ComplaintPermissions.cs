using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Who may do what. Handlers work unassigned complaints and their own; supervisors work any and
/// assign to anyone; quality managers and administrators only read.
/// </summary>
public static class ComplaintPermissions
{
    public static void EnsureMayWork(Actor actor)
    {
        if (!actor.WorksComplaints)
        {
            throw new NotPermittedException("Your role can read complaints but not change them; handlers and supervisors work them.");
        }
    }

    /// <summary>Whether the actor's role and relation to the complaint let them work it (state aside).</summary>
    public static bool MayWorkOn(Actor actor, string? assignee) =>
        actor.WorksComplaints && (actor.IsSupervisor || assignee is null || actor.Is(assignee));

    public static void EnsureMayMove(Actor actor, Complaint complaint, ComplaintMove move)
    {
        EnsureMayWork(actor);
        if (MayWorkOn(actor, complaint.AssigneeEmail))
        {
            return;
        }

        throw new NotPermittedException(
            $"You can't {MoveText.Verb(move)} this complaint: it is assigned to {complaint.AssigneeEmail}. Only they or a supervisor can work on it.");
    }

    /// <summary>ISO 10002 objectivity (Annex D): nobody works a complaint that is about them. A rule, not a role: 409.</summary>
    public static void EnsureObjective(Actor actor, Complaint complaint)
    {
        if (actor.Is(complaint.SubjectStaffEmail))
        {
            throw new MoveRefusedException(
                "This complaint is about you, so you can't work on it (ISO 10002 objectivity). A colleague or a supervisor will handle it.");
        }
    }

    /// <summary>The moves that decide a complaint's outcome (ISO 10002 7.7–7.8).</summary>
    public static bool IsDecision(ComplaintMove move) => move is ComplaintMove.ProposeResponse or ComplaintMove.CommunicateDecision;

    /// <summary>
    /// ISO 10002 objectivity (Annex D), the one place that decides it: the person who communicated a decision
    /// the complainant rejected, or who had the complaint when it was escalated by hand, does not take its
    /// next decision. A clock's breach raises the level too, but it is about time, not impartiality: it bars nobody.
    /// </summary>
    public static bool MayDecide(string email, IReadOnlyCollection<string> barredFromDeciding) =>
        !barredFromDeciding.Contains(email, StringComparer.OrdinalIgnoreCase);

    public static void EnsureIndependentDecision(Actor actor, Complaint complaint, ComplaintMove move)
    {
        if (IsDecision(move) && !MayDecide(actor.Email, complaint.BarredFromDeciding))
        {
            throw new MoveRefusedException(IndependentDecisionReason);
        }
    }

    public const string IndependentDecisionReason =
        "Someone other than you takes this complaint's next decision: the complainant rejected a decision you communicated, "
        + "or the complaint was escalated while it was yours (ISO 10002 objectivity). "
        + "You can still investigate and add notes; a supervisor can reassign it for the decision.";

    /// <summary>Handlers take complaints for themselves; supervisors assign them to anyone who works complaints.</summary>
    public static bool MayAssignTo(Actor actor, StaffMember assignee) => actor.IsSupervisor || actor.Is(assignee.Email);

    public static void EnsureMayAssignTo(Actor actor, StaffMember assignee)
    {
        if (!MayAssignTo(actor, assignee))
        {
            throw new NotPermittedException("Handlers can take complaints for themselves; only a supervisor assigns them to someone else.");
        }
    }

    /// <summary>A handler who works an unassigned complaint takes it, as in every helpdesk; a note alone does not.</summary>
    public static bool TakesOnFirstMove(Actor actor, Complaint complaint, ComplaintMove move) =>
        !actor.IsSupervisor && complaint.AssigneeEmail is null && move is not (ComplaintMove.Assign or ComplaintMove.Note);
}
