using ComplaintDesk.Core.Access;
using System.Runtime.CompilerServices;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Audit;

/// <summary>
/// Reads the access records and events for quality managers and administrators, filtered and paged
/// in the database, and draws finished complaints for them to review (<see cref="ComplaintSampling"/>). They see who
/// did what with whose complaint, never a complainant's personal data.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<DeskDbContext> dbFactory, DeskTimeZone zone) : IAuditTrail
{
    public static bool MayAudit(Actor actor) => actor.Has(DeskCapability.ReadAudit);

    public async Task<Page<AccessRecordView>> AccessAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken)
    {
        var filter = Check(search, actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = AuditQueries.Access(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = filter.Skip > int.MaxValue
            ? []
            : await AuditQueries.Newest(query).Skip((int)filter.Skip).Take(filter.PageSize).Select(AuditQueries.AccessView).ToListAsync(cancellationToken);
        return new Page<AccessRecordView>(items, total);
    }

    public async Task<Page<AuditEventView>> EventsAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken)
    {
        var filter = Check(search, actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = AuditQueries.Events(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = filter.Skip > int.MaxValue
            ? []
            : await query.OrderByDescending(e => e.At).Skip((int)filter.Skip).Take(filter.PageSize).ToListAsync(cancellationToken);
        return new Page<AuditEventView>([.. rows.Select(r => r.ToView())], total);
    }

    public async Task<ComplaintSample> SampleAsync(AuditSearch search, int? size, int? seed, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (count, chosenSeed) = ComplaintSampling.Check(size, seed, errors);
        AuditFilter? filter = null;
        try
        {
            filter = Check(search, actor);
        }
        catch (InvalidInputException refused)
        {
            // Bad days and a bad size are said together, as any form's fields are.
            errors.AddUnreported(refused.Errors);
        }

        errors.ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ComplaintSampling.DrawAsync(db, filter!, count, chosenSeed, cancellationToken);
    }

    public IAsyncEnumerable<AccessRecordView> AllAccess(AuditSearch search, Actor actor) => ReadAllAccess(Check(search, actor), default);

    public IAsyncEnumerable<AuditEventView> AllEvents(AuditSearch search, Actor actor) => ReadAllEvents(Check(search, actor), default);

    private AuditFilter Check(AuditSearch search, Actor actor)
    {
        if (!MayAudit(actor))
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.AuditRoles));
        }

        return AuditFilter.From(search, zone.Zone);
    }

    private async IAsyncEnumerable<AccessRecordView> ReadAllAccess(AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var row in AuditQueries.Newest(AuditQueries.Access(db, filter)).Select(AuditQueries.AccessView).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    private async IAsyncEnumerable<AuditEventView> ReadAllEvents(AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var row in AuditQueries.Events(db, filter).OrderByDescending(e => e.At).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row.ToView();
        }
    }
}
