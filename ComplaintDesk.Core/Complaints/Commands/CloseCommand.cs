using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record CloseCommand(string? Outcome, int? Satisfaction = null, string? Comment = null, string? RootCause = null) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Close;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var errors = new FieldErrors();
        var outcome = errors.Parse<ClosingOutcome>("outcome", Outcome);
        errors.ThrowIfAny();
        complaint.Close(outcome, Satisfaction, Comment, RootCause, context.Stamp);
        return Task.CompletedTask;
    }
}
