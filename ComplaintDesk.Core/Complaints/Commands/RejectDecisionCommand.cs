namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record RejectDecisionCommand(string? Reason) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.RejectDecision;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.RejectDecision(Reason, context.Stamp);
        return Task.CompletedTask;
    }
}
