namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record CloseCommand(ClosingOutcome? Outcome, int? Satisfaction = null, string? Comment = null, string? RootCause = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Close;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Close(Outcome, Satisfaction, Comment, RootCause, context.Stamp);
        return Task.CompletedTask;
    }
}
