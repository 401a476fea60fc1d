using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Mail.Inbound;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record ComplainantInformationCommand(string? Text) : ComplaintCommand
{
    /// <summary>The key of the e-mail the words arrived in, recorded with them so that message is never added twice.</summary>
    public string? ArrivedAs { get; init; }

    /// <summary>The files that came with the words, as the desk admitted them.</summary>
    public IReadOnlyList<AdmittedFile>? Attachments { get; init; }

    internal override ComplaintMove Move => ComplaintMove.ComplainantInformation;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var added = complaint.AddComplainantInformation(Text, context.Stamp);
        context.Db.Attachments.AddRange(Attachment.With(complaint, added, Attachments));
        if (ArrivedAs is not null)
        {
            context.Db.ProcessedMessages.Add(new ProcessedMessage(ArrivedAs, context.Stamp.At));
        }

        return Task.CompletedTask;
    }
}
