namespace ComplaintDesk.Core.Complaints;

/// <summary>How each move reads on the timeline and in messages, with its ISO 10002 clause.</summary>
public static class MoveText
{
    public static string Clause(ComplaintMove move) => move switch
    {
        ComplaintMove.Receive => "7.2",
        ComplaintMove.Assign or ComplaintMove.Note => "7.3",
        ComplaintMove.Acknowledge => "7.4",
        ComplaintMove.Assess => "7.5",
        ComplaintMove.Investigate or ComplaintMove.AwaitComplainant or ComplaintMove.Resume => "7.6",
        ComplaintMove.ProposeResponse => "7.7",
        ComplaintMove.CommunicateDecision => "7.8",
        ComplaintMove.Close or ComplaintMove.Withdraw => "7.9",
        ComplaintMove.RejectDecision => "7.9, Annex H",
        ComplaintMove.Escalate or ComplaintMove.RaiseAlert => "Annex H",
        ComplaintMove.AnonymisePersonalData => "4.10",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };

    /// <summary>Reads naturally after "You can't … this complaint".</summary>
    public static string Verb(ComplaintMove move) => move switch
    {
        ComplaintMove.Receive => "register",
        ComplaintMove.Assign => "assign",
        ComplaintMove.Acknowledge => "acknowledge",
        ComplaintMove.Assess => "assess",
        ComplaintMove.Investigate => "start investigating",
        ComplaintMove.Note => "add a note to",
        ComplaintMove.AwaitComplainant => "wait for the complainant on",
        ComplaintMove.Resume => "resume",
        ComplaintMove.ProposeResponse => "propose a response to",
        ComplaintMove.CommunicateDecision => "communicate a decision on",
        ComplaintMove.Close => "close",
        ComplaintMove.RejectDecision => "record a rejected decision on",
        ComplaintMove.Withdraw => "withdraw",
        ComplaintMove.Escalate => "escalate",
        ComplaintMove.RaiseAlert => "raise an alert on",
        ComplaintMove.AnonymisePersonalData => "anonymise the personal data of",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };
}
