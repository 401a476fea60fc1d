using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ProposeResponseCommand(string? Remedy, string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.ProposeResponse;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var errors = new FieldErrors();
        var remedy = errors.Parse<RemedyType>("remedy", Remedy);
        errors.ThrowIfAny();
        complaint.ProposeResponse(remedy, Text, context.Stamp);
        return Task.CompletedTask;
    }
}
