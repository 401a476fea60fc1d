namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record CommunicateDecisionCommand(Channel? Channel, string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.CommunicateDecision;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.CommunicateDecision(Channel, Text, context.Stamp);
        return Task.CompletedTask;
    }
}
