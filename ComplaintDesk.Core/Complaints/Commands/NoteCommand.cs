using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record NoteCommand(string? Text) : ComplaintCommand
{
    /// <summary>Files the handler attaches with the note (a scanned letter, a photo handed in), as the desk admitted them.</summary>
    public IReadOnlyList<AdmittedFile>? Attachments { get; init; }

    internal override ComplaintMove Move => ComplaintMove.Note;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var added = complaint.AddNote(Text, context.Stamp);
        context.Db.Attachments.AddRange(Attachment.With(complaint, added, Attachments));
        return Task.CompletedTask;
    }
}
