using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The one table of which move is allowed from which status, and where it leads.
/// Every other place asks this table; none decides on its own.
/// </summary>
public static class ComplaintMoves
{
    private static readonly ComplaintStatus[] _open =
        [Received, Acknowledged, Assessed, InInvestigation, AwaitingComplainant, ResponseReady, DecisionCommunicated];

    private static readonly Dictionary<(ComplaintMove Move, ComplaintStatus From), ComplaintStatus> _transitions = Build(
        Stays(ComplaintMove.Assign, _open),
        Leads(ComplaintMove.Acknowledge, Received, Acknowledged),
        Leads(ComplaintMove.Assess, Acknowledged, Assessed),
        Stays(ComplaintMove.Assess, Assessed, InInvestigation, AwaitingComplainant),
        Leads(ComplaintMove.Investigate, Assessed, InInvestigation),
        Stays(ComplaintMove.Note, Enum.GetValues<ComplaintStatus>()),
        Leads(ComplaintMove.AwaitComplainant, InInvestigation, AwaitingComplainant),
        Leads(ComplaintMove.Resume, AwaitingComplainant, InInvestigation),
        // A reply to the decision joins the complaint too: the handler reads it and records the verdict it gives.
        Stays(ComplaintMove.ComplainantInformation, Received, Acknowledged, Assessed, InInvestigation, ResponseReady, DecisionCommunicated),
        Leads(ComplaintMove.ComplainantInformation, AwaitingComplainant, InInvestigation),
        Leads(ComplaintMove.ProposeResponse, InInvestigation, ResponseReady),
        Stays(ComplaintMove.ProposeResponse, ResponseReady),
        Leads(ComplaintMove.CommunicateDecision, ResponseReady, DecisionCommunicated),
        Leads(ComplaintMove.Close, DecisionCommunicated, Closed),
        Leads(ComplaintMove.RejectDecision, DecisionCommunicated, InInvestigation),
        _open.Select(from => (ComplaintMove.Withdraw, from, Withdrawn)),
        _open.Select(from => (ComplaintMove.Merge, from, Closed)),
        Stays(ComplaintMove.Escalate, _open),
        Stays(ComplaintMove.RecordSatisfaction, Closed),
        Stays(ComplaintMove.CorrectComplainant, _open),
        Stays(ComplaintMove.CorrectSubjectStaff, _open),
        Stays(ComplaintMove.RecordRootCause, InInvestigation, AwaitingComplainant, ResponseReady, DecisionCommunicated, Closed));

    public static bool IsAllowed(ComplaintMove move, ComplaintStatus from) => _transitions.ContainsKey((move, from));

    /// <summary>The status after <paramref name="move"/>, or a refusal a handler understands.</summary>
    public static ComplaintStatus Next(ComplaintMove move, ComplaintStatus from)
    {
        if (_transitions.TryGetValue((move, from), out var to))
        {
            return to;
        }

        throw new MoveRefusedException(WhyNot(move, from));
    }

    /// <summary>Why <paramref name="move"/> is refused from <paramref name="from"/>, in words a handler understands.</summary>
    public static DeskMessage WhyNot(ComplaintMove move, ComplaintStatus from)
    {
        var allowedFrom = _transitions.Keys.Where(k => k.Move == move).Select(k => ComplaintKeys.Describe(k.From));
        return DeskMessage.Of(ComplaintKeys.WrongStatus, ComplaintKeys.Verb(move), ComplaintKeys.Describe(from), DeskMessage.AnyOf(allowedFrom));
    }

    private static IEnumerable<(ComplaintMove, ComplaintStatus, ComplaintStatus)> Leads(
        ComplaintMove move, ComplaintStatus from, ComplaintStatus to) => [(move, from, to)];

    private static IEnumerable<(ComplaintMove, ComplaintStatus, ComplaintStatus)> Stays(
        ComplaintMove move, params ComplaintStatus[] states) => states.Select(s => (move, s, s));

    private static Dictionary<(ComplaintMove, ComplaintStatus), ComplaintStatus> Build(
        params IEnumerable<(ComplaintMove Move, ComplaintStatus From, ComplaintStatus To)>[] rows) =>
        rows.SelectMany(r => r).ToDictionary(r => (r.Move, r.From), r => r.To);
}
