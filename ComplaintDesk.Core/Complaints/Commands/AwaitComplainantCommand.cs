using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AwaitComplainantCommand(string? Question) : ComplaintCommand
{
    /// <summary>Files sent to the complainant with the question (a form to fill in), as the desk admitted them.</summary>
    public IReadOnlyList<AdmittedFile>? Attachments { get; init; }

    internal override ComplaintMove Move => ComplaintMove.AwaitComplainant;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var asked = complaint.AwaitComplainant(Question, context.Stamp);
        context.Db.Attachments.AddRange(Attachment.With(complaint, asked, Attachments));
        return Task.CompletedTask;
    }
}
