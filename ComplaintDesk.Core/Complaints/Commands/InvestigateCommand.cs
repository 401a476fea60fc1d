namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record InvestigateCommand : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Investigate;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Investigate(context.Stamp);
        return Task.CompletedTask;
    }
}
