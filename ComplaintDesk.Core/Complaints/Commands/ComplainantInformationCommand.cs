using ComplaintDesk.Core.Mail.Inbound;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ComplainantInformationCommand(string? Text) : ComplaintCommand
{
    /// <summary>The key of the e-mail the words arrived in, recorded with them so that message is never added twice.</summary>
    public string? ArrivedAs { get; init; }

    internal override ComplaintMove Move => ComplaintMove.ComplainantInformation;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        complaint.AddComplainantInformation(Text, context.Stamp);
        if (ArrivedAs is not null)
        {
            context.Db.ProcessedMessages.Add(new ProcessedMessage(ArrivedAs, context.Stamp.At));
        }

        return Task.CompletedTask;
    }
}
