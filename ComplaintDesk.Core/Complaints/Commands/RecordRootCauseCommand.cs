namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record RecordRootCauseCommand(string? RootCause, string? CorrectiveAction = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.RecordRootCause;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.RecordRootCause(RootCause, CorrectiveAction, context.Stamp);
        return Task.CompletedTask;
    }
}
