using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Attachments;

/// <summary>A complaint's files as one reader may see them, by the timeline event each came with; never their content.</summary>
internal static class AttachmentViews
{
    public static async Task<ILookup<long, AttachmentView>> OfAsync(
        DeskDbContext db, long complaintId, bool maySeePersonalData, CancellationToken cancellationToken)
    {
        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.ComplaintId == complaintId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.EventId, a.Id, a.FileName, a.ContentType, a.Size, a.State })
            .ToListAsync(cancellationToken);
        return files.ToLookup(
            a => a.EventId,
            a => new AttachmentView(
                a.Id, maySeePersonalData ? a.FileName : null, a.ContentType, a.Size, a.State, maySeePersonalData && a.State == AttachmentState.Kept));
    }
}
