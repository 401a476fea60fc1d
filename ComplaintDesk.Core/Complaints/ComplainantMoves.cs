using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The moves a complainant makes through their status link (ISO 10002 7.6, 7.9, 8.3): adding information, accepting the
/// decision (closing), rejecting it, and saying how satisfied they are once it is closed. The status table decides
/// when; this decides who, and words a refusal for them.
/// </summary>
public static class ComplainantMoves
{
    /// <summary>The moves the complainant may make, in the order the status page offers them.</summary>
    public static IReadOnlyList<ComplaintMove> All { get; } =
        [ComplaintMove.ComplainantInformation, ComplaintMove.Close, ComplaintMove.RejectDecision, ComplaintMove.RecordSatisfaction];

    /// <summary>Moves nobody at the desk makes: they carry the complainant's own words.</summary>
    public static bool OnlyTheComplainants(ComplaintMove move) => move == ComplaintMove.ComplainantInformation;

    /// <summary>The complainant's moves possible in <paramref name="status"/>.</summary>
    public static IReadOnlyList<ComplaintMove> PossibleIn(ComplaintStatus status) =>
        All.Where(move => ComplaintMoves.IsAllowed(move, status)).ToList();

    public static MoveDecision Decide(ComplaintStatus status, ComplaintMove move) =>
        !All.Contains(move) ? MoveDecision.Refused(MoveRefusalKind.NotPermitted, DeskMessage.Of(StatusPageKeys.NotTheComplainants))
        : ComplaintMoves.IsAllowed(move, status) ? MoveDecision.Allowed
        : MoveDecision.Refused(MoveRefusalKind.NotInThisStatus, DeskMessage.Of(move switch
        {
            ComplaintMove.Close => StatusPageKeys.AcceptNotNow,
            ComplaintMove.RejectDecision => StatusPageKeys.RejectNotNow,
            ComplaintMove.RecordSatisfaction => StatusPageKeys.SatisfactionNotNow,
            _ => StatusPageKeys.InformationNotNow,
        }));
}
