namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record NoteCommand(string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Note;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.AddNote(Text, context.Stamp);
        return Task.CompletedTask;
    }
}
