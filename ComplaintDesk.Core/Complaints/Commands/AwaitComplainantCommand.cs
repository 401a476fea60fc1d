namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AwaitComplainantCommand(string? Question) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.AwaitComplainant;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.AwaitComplainant(Question, context.Stamp);
        return Task.CompletedTask;
    }
}
