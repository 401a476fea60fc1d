namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>The desk closes a complaint whose decision had no reply within the set time (ISO 10002 7.9).</summary>
public sealed record CloseForNoReplyCommand(ClosingOptions Closing) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Close;

    // Read in the move's own unit of work: a reply saved after this read bumps the version, so the save fails and
    // the move is tried again, and then refused.
    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var unanswered = await UnansweredDecision.HoldsAsync(context.Db, complaint.Id, context.CancellationToken);
        complaint.CloseForNoReply(UnansweredDecision.ClosingAt(complaint, unanswered, Closing), Closing.NoReplyAfterDays, context.Stamp);
    }
}
