namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AcknowledgeCommand(Channel? Channel, string? Message = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Acknowledge;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Acknowledge(Channel, Message, context.Stamp);
        return Task.CompletedTask;
    }
}
