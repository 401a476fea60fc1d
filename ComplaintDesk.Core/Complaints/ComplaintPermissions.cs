using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Who may do what to a complaint. <see cref="Decide"/> is the one answer to "may this person make this move
/// on this complaint now, and if not, why": the workflow enforces it, screens offer what it allows.
/// </summary>
public static class ComplaintPermissions
{
    public static DeskMessage ReadOnlyReason { get; } = DeskMessage.Of(ComplaintKeys.ReadOnly);

    public static DeskMessage IndependentDecisionReason { get; } = DeskMessage.Of(ComplaintKeys.IndependentDecision);

    /// <summary>
    /// In order: the person's capabilities, their relation to the complaint, ISO 10002 objectivity (Annex D: nobody works
    /// a complaint about them, nor takes the decision they are barred from), and last the complaint's status. The
    /// complainant, through their status link, makes only their own moves (<see cref="ComplainantMoves"/>).
    /// </summary>
    public static MoveDecision Decide(Actor actor, MoveSubject complaint, ComplaintMove move)
    {
        if (actor.IsComplainant)
        {
            return ComplainantMoves.Decide(complaint.Status, move);
        }

        if (actor.IsDesk)
        {
            return move == ComplaintMove.Close ? ByStatus(move, complaint.Status) : MoveDecision.Refused(MoveRefusalKind.NotPermitted, ReadOnlyReason);
        }

        if (!actor.Has(DeskCapability.WorkComplaints))
        {
            return MoveDecision.Refused(MoveRefusalKind.NotPermitted, ReadOnlyReason);
        }

        if (CapabilityFor(move) is { } needed && !actor.Has(needed))
        {
            return MoveDecision.Refused(MoveRefusalKind.NotPermitted, DeskMessage.Of(ComplaintKeys.RoleCannot, ComplaintKeys.Verb(move)));
        }

        if (ComplainantMoves.OnlyTheComplainants(move))
        {
            return MoveDecision.Refused(MoveRefusalKind.NotPermitted, DeskMessage.Of(StatusPageKeys.OnlyTheComplainant));
        }

        if (!MayWorkOn(actor, complaint.Assignee))
        {
            return MoveDecision.Refused(
                MoveRefusalKind.NotPermitted,
                DeskMessage.Of(ComplaintKeys.AssignedToOther, ComplaintKeys.Verb(move), complaint.Assignee!));
        }

        if (actor.Is(complaint.SubjectStaffEmail))
        {
            return MoveDecision.Refused(
                MoveRefusalKind.AgainstTheRules,
                DeskMessage.Of(ComplaintKeys.AboutYou));
        }

        if (IsDecision(move) && !MayDecide(actor.Email, complaint.BarredFromDeciding))
        {
            return MoveDecision.Refused(MoveRefusalKind.AgainstTheRules, IndependentDecisionReason);
        }

        return ByStatus(move, complaint.Status);
    }

    /// <summary>Moves are made by those who work complaints, by the complainant through their status link, and by the desk's clock.</summary>
    public static void EnsureMayMakeMoves(Actor actor)
    {
        if (!actor.IsComplainant && !actor.IsDesk)
        {
            EnsureMayWork(actor);
        }
    }

    /// <summary>A complaint is registered by those who work complaints, or by the complainant writing in (by e-mail).</summary>
    public static void EnsureMayReceive(Actor actor)
    {
        if (!actor.IsComplainant)
        {
            EnsureMayWork(actor);
        }
    }

    /// <summary>Registering complaints, and bulk work, ask only whether the person works complaints at all.</summary>
    public static void EnsureMayWork(Actor actor)
    {
        if (!actor.Has(DeskCapability.WorkComplaints))
        {
            throw new NotPermittedException(ReadOnlyReason);
        }
    }

    /// <summary>The moves that decide a complaint's outcome (ISO 10002 7.7–7.8).</summary>
    public static bool IsDecision(ComplaintMove move) => move is ComplaintMove.ProposeResponse or ComplaintMove.CommunicateDecision;

    /// <summary>
    /// ISO 10002 objectivity (Annex D): the person who communicated a decision the complainant rejected, or who had
    /// the complaint when it was escalated by hand, does not take its next decision. A clock's breach raises the
    /// level too, but it is about time, not impartiality: it bars nobody.
    /// </summary>
    public static bool MayDecide(string email, IReadOnlyCollection<string> barredFromDeciding) =>
        !barredFromDeciding.Contains(email, StringComparer.OrdinalIgnoreCase);

    /// <summary>Those who assign to others assign to anyone who works complaints; the rest take complaints for themselves.</summary>
    public static bool MayAssignTo(Actor actor, StaffMember assignee) => actor.Has(DeskCapability.AssignToOthers) || actor.Is(assignee.Email);

    public static void EnsureMayAssignTo(Actor actor, StaffMember assignee)
    {
        if (!MayAssignTo(actor, assignee))
        {
            throw new NotPermittedException(DeskMessage.Of(ComplaintKeys.OnlySupervisorsAssignOthers));
        }
    }

    /// <summary>Who works an unassigned complaint takes it, as in every helpdesk, unless they may work any; a note alone does not.</summary>
    public static bool TakesOnFirstMove(Actor actor, Complaint complaint, ComplaintMove move) =>
        actor.Has(DeskCapability.WorkComplaints) && !actor.Has(DeskCapability.WorkAnyComplaint) && complaint.AssigneeEmail is null
        && complaint.Status.IsOpen() && move is not (ComplaintMove.Assign or ComplaintMove.Note);

    private static MoveDecision ByStatus(ComplaintMove move, ComplaintStatus status) =>
        ComplaintMoves.IsAllowed(move, status)
            ? MoveDecision.Allowed
            : MoveDecision.Refused(MoveRefusalKind.NotInThisStatus, ComplaintMoves.WhyNot(move, status));

    private static bool MayWorkOn(Actor actor, string? assignee) =>
        actor.Has(DeskCapability.WorkAnyComplaint) || assignee is null || actor.Is(assignee);

    private static DeskCapability? CapabilityFor(ComplaintMove move) => move switch
    {
        _ when IsDecision(move) => DeskCapability.DecideComplaints,
        ComplaintMove.Escalate => DeskCapability.EscalateComplaints,
        ComplaintMove.CorrectComplainant => DeskCapability.SeePersonalData,
        _ => null,
    };
}
