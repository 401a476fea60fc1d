namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ResumeCommand : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Resume;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Resume(context.Stamp);
        return Task.CompletedTask;
    }
}
