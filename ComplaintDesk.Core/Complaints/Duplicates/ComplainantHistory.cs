using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>
/// Every other complaint, of any age, from the complainant of a complaint: the same e-mail or phone as
/// <see cref="ContactKeys"/> compares them, newest first. Only for roles that may see personal data (ISO 10002 4.10):
/// who complained what else is personal.
/// </summary>
public sealed class ComplainantHistory(IDbContextFactory<DeskDbContext> dbFactory) : IComplainantHistory
{
    public async Task<IReadOnlyList<ComplainantHistoryEntry>> OfComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.MaySeePersonalData)
        {
            throw new NotPermittedException(DeskMessage.Of(ComplaintKeys.HistoryNotYours));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking()
            .Where(c => c.Reference == reference)
            .Select(c => new { c.Id, c.Complainant.EmailKey, c.Complainant.PhoneKey })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        if (complaint.EmailKey is null && complaint.PhoneKey is null)
        {
            return [];
        }

        return await db.Complaints.AsNoTracking()
            .Where(c => c.Id != complaint.Id
                && ((complaint.EmailKey != null && c.Complainant.EmailKey == complaint.EmailKey)
                    || (complaint.PhoneKey != null && c.Complainant.PhoneKey == complaint.PhoneKey)))
            .OrderByDescending(c => c.ReceivedAt)
            .Select(c => new ComplainantHistoryEntry(c.Reference, c.ReceivedAt, c.Status, c.Outcome, c.Satisfaction))
            .ToListAsync(cancellationToken);
    }
}
