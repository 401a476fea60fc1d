using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Attachments;

public sealed class AttachmentFiles(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : IAttachmentFiles
{
    public async Task<AttachmentFile> OpenAsync(string reference, long id, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.MaySeePersonalData)
        {
            throw new NotPermittedException(DeskMessage.Of(AttachmentKeys.OnlyWhoSeesPersonalData));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.Attachments
            .Where(a => a.Id == id && a.Complaint.Reference == reference && a.State == AttachmentState.Kept)
            .Select(a => new AttachmentFile(a.FileName!, a.ContentType, a.Content!))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(AttachmentKeys.NoSuchAttachment, reference));
        db.PersonalDataAccesses.Add(new PersonalDataAccess(
            new Stamp(time.GetUtcNow(), actor), PersonalDataAction.Download, reference, DeskMessage.Of(PrivacyKeys.Attachment, id.ToString(CultureInfo.InvariantCulture))));
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
