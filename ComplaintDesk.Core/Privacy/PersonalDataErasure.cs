using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Privacy;

/// <summary>
/// Erases complainants' names and contacts (ISO 10002 4.10): the complaint, its timeline and every
/// count stay, a timeline event without the data says it happened, and an access record says who did it.
/// Each anonymisation is a new version of the complaint, announced so open pages read it again.
/// </summary>
public sealed class PersonalDataErasure(
    IDbContextFactory<DeskDbContext> dbFactory,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    IComplaintQueries queries,
    IDeskNotifier notifier) : IPersonalDataErasure
{
    private const int BatchSize = 100;

    // A move saved at the same moment bumps the version; the unit of work is read again and retried.
    private const int Attempts = 3;

    public async Task<ComplaintDetails> AnonymiseAsync(string reference, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(DeskCapability.AnonymisePersonalData))
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.OnlyAdministratorsAnonymise));
        }

        new FieldErrors()
            .RequiredText("reason", reason, TextLimits.MediumText, DeskMessage.Of(DeskKeys.ErasureReason))
            .ThrowIfAny();
        await SaveWithRetryAsync(async db =>
        {
            var complaint = await db.Complaints.Include(c => c.Complainant)
                .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
                ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
            var stamp = new Stamp(time.GetUtcNow(), actor);
            complaint.AnonymisePersonalData(stamp, DeskMessage.Of(EventKeys.AnonymisedOnRequest), reason);
            db.PersonalDataAccesses.Add(new PersonalDataAccess(stamp, PersonalDataAction.Anonymise, complaint.Reference, DeskMessage.Of(PrivacyKeys.ErasureRequest)));
            return [complaint];
        }, cancellationToken);
        return await queries.GetAsync(reference, actor, cancellationToken);
    }

    public async Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.AnonymiseClosedAfterDays;
        var total = 0;
        while (true)
        {
            var done = await SaveWithRetryAsync(async db =>
            {
                var now = time.GetUtcNow();
                var cutoff = now.AddDays(-days);
                var expired = await db.Complaints.Include(c => c.Complainant)
                    .Where(c => (c.Status == ComplaintStatus.Closed || c.Status == ComplaintStatus.Withdrawn)
                        && c.ClosedAt < cutoff && c.Complainant.AnonymisedAt == null)
                    .OrderBy(c => c.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                var stamp = new Stamp(now, Actor.Desk);
                foreach (var complaint in expired)
                {
                    complaint.AnonymisePersonalData(stamp, DeskMessage.Of(EventKeys.AnonymisedAfterRetention, days), null);
                    db.PersonalDataAccesses.Add(new PersonalDataAccess(stamp, PersonalDataAction.Anonymise, complaint.Reference, DeskMessage.Of(PrivacyKeys.Retention, days)));
                }

                return expired;
            }, cancellationToken);
            if (done == 0)
            {
                return total;
            }

            total += done;
        }
    }

    private async Task<int> SaveWithRetryAsync(Func<DeskDbContext, Task<List<Complaint>>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // The files are erased by a statement of their own, so it joins the save in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await change(db);
            var ids = changed.Select(c => c.Id).ToList();
            await db.EraseMailToAsync(ids, cancellationToken);
            await db.EraseAttachmentsOfAsync(ids, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                if (attempt < Attempts)
                {
                    continue;
                }

                throw new StaleVersionException(changed[0].Reference);
            }

            foreach (var complaint in changed)
            {
                await notifier.ComplaintChangedAsync(ComplaintChange.Of(complaint, ComplaintMove.AnonymisePersonalData), cancellationToken);
            }

            return changed.Count;
        }
    }
}
