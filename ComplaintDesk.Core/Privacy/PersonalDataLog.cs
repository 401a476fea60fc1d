using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Privacy;

/// <summary>
/// The append-only record of who saw or exported whose personal data (ISO 10002 4.10, Annex D.4).
/// A live page re-reads its complaint whenever anything changes: the database says whether this
/// person already saw it lately, so a screen counts once per person, complaint and window.
/// </summary>
public sealed class PersonalDataLog(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : IPersonalDataLog
{
    public static readonly TimeSpan ViewWindow = TimeSpan.FromMinutes(10);

    public async Task RecordShownAsync(ComplaintDetails shown, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(actor);
        if (shown.Complainant is null or { AnonymisedAt: not null })
        {
            return;
        }

        var now = time.GetUtcNow();
        var since = now - ViewWindow;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seen = await db.PersonalDataAccesses.AnyAsync(
            a => a.UserId == actor.UserId && a.Reference == shown.Reference && a.Action == PersonalDataAction.View && a.At > since,
            cancellationToken);
        if (seen)
        {
            return;
        }

        db.PersonalDataAccesses.Add(new PersonalDataAccess(new Stamp(now, actor), PersonalDataAction.View, shown.Reference, null));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordExportAsync(string month, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.PersonalDataAccesses.Add(new PersonalDataAccess(
            new Stamp(time.GetUtcNow(), actor), PersonalDataAction.Export, null, DeskMessage.Of(PrivacyKeys.MonthlyWorkbook, month)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
