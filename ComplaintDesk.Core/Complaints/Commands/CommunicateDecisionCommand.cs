using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record CommunicateDecisionCommand(string? Channel, string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.CommunicateDecision;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var errors = new FieldErrors();
        var channel = errors.Parse<Channel>("channel", Channel);
        errors.ThrowIfAny();
        complaint.CommunicateDecision(channel, Text, context.Stamp);
        return Task.CompletedTask;
    }
}
