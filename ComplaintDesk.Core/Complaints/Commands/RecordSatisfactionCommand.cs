namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record RecordSatisfactionCommand(int? Satisfaction, string? Comment = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.RecordSatisfaction;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.RecordSatisfaction(Satisfaction, Comment, context.Stamp);
        return Task.CompletedTask;
    }
}
