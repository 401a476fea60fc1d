using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>
/// Finds possible duplicates among the open complaints received in the last <see cref="Window"/>: the database
/// narrows them by status and receipt (indexed), <see cref="DuplicateRule"/> compares them in memory, so the rule
/// is the same on SQLite and PostgreSQL and a desk of 100,000 complaints reads only its last month.
/// </summary>
public sealed class DuplicateQueries(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : IDuplicateQueries
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    // More than a handler would look through; a longer list means the words are too common to tell anything.
    private const int MostShown = 20;

    private static readonly ComplaintStatus[] _open = [.. Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen())];

    public async Task<IReadOnlyList<PossibleDuplicate>> ForComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking()
            .Where(c => c.Reference == reference)
            .Select(c => new { c.Id, c.Complainant.EmailKey, c.Complainant.PhoneKey, c.Description })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        var rule = new DuplicateRule(new DuplicateProbe(complaint.EmailKey, complaint.PhoneKey, complaint.Description), actor.MaySeePersonalData);
        return await FindAsync(db, rule, complaint.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<PossibleDuplicate>> ForIntakeAsync(DuplicateProbe probe, Actor actor, CancellationToken cancellationToken)
    {
        var rule = new DuplicateRule(probe, actor.MaySeePersonalData);
        if (rule.IsEmpty)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, rule, null, cancellationToken);
    }

    public async Task<MergeLinks> MergeLinksAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking()
            .Where(c => c.Reference == reference)
            .Select(c => new { c.Id, c.MergedIntoId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        var into = complaint.MergedIntoId is { } id
            ? await db.Complaints.AsNoTracking().Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(cancellationToken)
            : null;
        var from = await db.Complaints.AsNoTracking()
            .Where(c => c.MergedIntoId == complaint.Id)
            .OrderBy(c => c.Id)
            .Select(c => c.Reference)
            .ToListAsync(cancellationToken);
        return new MergeLinks(into, from);
    }

    private async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(DeskDbContext db, DuplicateRule rule, long? except, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - Window;
        var candidates = await db.Complaints.AsNoTracking()
            .Where(c => _open.Contains(c.Status) && c.ReceivedAt >= since && c.Id != except && c.MergedIntoId == null)
            .Select(c => new DuplicateCandidate(c.Id, c.Reference, c.ReceivedAt, c.Complainant.EmailKey, c.Complainant.PhoneKey, c.Description))
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Select(c => (Candidate: c, Reason: rule.Match(c)))
            .Where(m => m.Reason is not null)
            .OrderBy(m => m.Reason)
            .ThenByDescending(m => m.Candidate.ReceivedAt)
            .Take(MostShown)
            .Select(m => new PossibleDuplicate(m.Candidate.Reference, m.Reason!.Value))];
    }
}
