using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record CommunicateDecisionCommand(Channel? Channel, string? Text) : ComplaintCommand
{
    /// <summary>Files sent to the complainant with the decision (a letter, a credit note), as the desk admitted them.</summary>
    public IReadOnlyList<AdmittedFile>? Attachments { get; init; }

    internal override ComplaintMove Move => ComplaintMove.CommunicateDecision;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var communicated = complaint.CommunicateDecision(Channel, Text, context.Stamp);
        context.Db.Attachments.AddRange(Attachment.With(complaint, communicated, Attachments));
        return Task.CompletedTask;
    }
}
