using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AcknowledgeCommand(string? Channel, string? Message = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Acknowledge;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var errors = new FieldErrors();
        var channel = errors.Parse<Channel>("channel", Channel);
        errors.ThrowIfAny();
        complaint.Acknowledge(channel, Message, context.Stamp);
        return Task.CompletedTask;
    }
}
