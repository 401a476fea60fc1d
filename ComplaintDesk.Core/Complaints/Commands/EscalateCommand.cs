namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record EscalateCommand(string? Reason) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Escalate;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Escalate(Reason, context.Stamp);
        return Task.CompletedTask;
    }
}
