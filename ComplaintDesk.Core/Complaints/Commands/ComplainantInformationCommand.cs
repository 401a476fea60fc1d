namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ComplainantInformationCommand(string? Text) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.ComplainantInformation;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.AddComplainantInformation(Text, context.Stamp);
        return Task.CompletedTask;
    }
}
