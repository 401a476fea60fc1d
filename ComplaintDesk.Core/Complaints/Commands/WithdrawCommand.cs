namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record WithdrawCommand(string? Reason) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Withdraw;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.Withdraw(Reason, context.Stamp);
        return Task.CompletedTask;
    }
}
