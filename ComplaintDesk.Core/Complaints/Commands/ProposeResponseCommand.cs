namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ProposeResponseCommand(RemedyType? Remedy, string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.ProposeResponse;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.ProposeResponse(Remedy, Text, context.Stamp);
        return Task.CompletedTask;
    }
}
