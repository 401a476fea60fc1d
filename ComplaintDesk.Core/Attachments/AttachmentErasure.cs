using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Attachments;

/// <summary>The files' share of erasing complainants' data (ISO 10002 4.10): their names and contents go; that a file came, its type and size stay.</summary>
internal static class AttachmentErasure
{
    /// <summary>Runs at once, not at the next save: call it inside the erasure's transaction.</summary>
    public static Task EraseAttachmentsOfAsync(this DeskDbContext db, IReadOnlyCollection<long> complaintIds, CancellationToken cancellationToken) =>
        db.Attachments
            .Where(a => complaintIds.Contains(a.ComplaintId) && a.State != AttachmentState.Erased)
            .ExecuteUpdateAsync(
                set => set.SetProperty(a => a.FileName, (string?)null)
                    .SetProperty(a => a.Content, (byte[]?)null)
                    .SetProperty(a => a.State, AttachmentState.Erased),
                cancellationToken);
}
