namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>A request to make one move on a complaint, with the data that move needs.</summary>
public abstract record ComplaintCommand
{
    internal abstract ComplaintMove Move { get; }

    internal abstract Task ApplyAsync(Complaint complaint, MoveContext context);
}
