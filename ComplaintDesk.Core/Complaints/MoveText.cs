namespace ComplaintDesk.Core.Complaints;

/// <summary>The ISO 10002 clause each move answers to, as the timeline records it.</summary>
public static class MoveText
{
    public static string Clause(ComplaintMove move) => move switch
    {
        ComplaintMove.Receive => "7.2",
        ComplaintMove.Assign or ComplaintMove.Note => "7.3",
        ComplaintMove.Acknowledge => "7.4",
        ComplaintMove.Assess => "7.5",
        ComplaintMove.Investigate or ComplaintMove.AwaitComplainant or ComplaintMove.Resume or ComplaintMove.ComplainantInformation => "7.6",
        ComplaintMove.ProposeResponse => "7.7",
        ComplaintMove.CommunicateDecision => "7.8",
        ComplaintMove.Close or ComplaintMove.Withdraw or ComplaintMove.Merge => "7.9",
        ComplaintMove.DuplicateMergedIn => "7.3",
        ComplaintMove.RejectDecision => "7.9, Annex H",
        ComplaintMove.Escalate or ComplaintMove.RaiseAlert => "Annex H",
        ComplaintMove.AnonymisePersonalData => "4.10",
        ComplaintMove.CorrectComplainant => "4.9",
        ComplaintMove.CorrectSubjectStaff => "4.6",
        ComplaintMove.RecordSatisfaction => "8.3",
        ComplaintMove.RecordRootCause => "8.7",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };
}
