using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>Closes the complaint as a duplicate of <see cref="Into"/>, which carries on for both.</summary>
public sealed record MergeCommand(string? Into) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Merge;

    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        new FieldErrors().Text("into", Into).ThrowIfAny();
        if (string.IsNullOrWhiteSpace(Into))
        {
            throw InvalidInputException.For("into", DeskMessage.Of(ComplaintKeys.MergeIntoMissing));
        }

        var reference = Into.Trim();
        var other = reference == complaint.Reference
            ? complaint
            : await context.Db.Complaints.SingleOrDefaultAsync(c => c.Reference == reference, context.CancellationToken)
                ?? throw InvalidInputException.For("into", DeskMessage.Of(ComplaintKeys.MergeIntoUnknown, reference));
        complaint.MergeInto(other, context.Stamp);
        context.AlsoChanged.Add(other);
        context.Db.AuditEvents.Add(new AuditEvent(
            context.Stamp.At, context.Stamp.Actor.Email, AuditAreas.Complaints,
            DeskMessage.Of(AuditKeys.ComplaintMerged, complaint.Reference, other.Reference), null));
    }
}
