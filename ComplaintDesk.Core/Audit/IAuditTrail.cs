using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Audit;

/// <summary>What an auditor reads (ISO 10002 8.5, 4.10): the personal-data access records and every recorded event; see <see cref="AuditTrail"/>.</summary>
public interface IAuditTrail
{
    Task<Page<AccessRecordView>> AccessAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken);

    Task<Page<AuditEventView>> EventsAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken);

    /// <summary>Every access record the search matches, newest first, ignoring its page; checked before the first row.</summary>
    IAsyncEnumerable<AccessRecordView> AllAccess(AuditSearch search, Actor actor);

    /// <summary>Every event the search matches, newest first, ignoring its page; checked before the first row.</summary>
    IAsyncEnumerable<AuditEventView> AllEvents(AuditSearch search, Actor actor);

    /// <summary>
    /// <paramref name="size"/> finished complaints (10; at most 100) drawn at random from those the search matches (its
    /// days are days of closing); a new seed when <paramref name="seed"/> is null, the same sample again with the same one.
    /// </summary>
    Task<ComplaintSample> SampleAsync(AuditSearch search, int? size, int? seed, Actor actor, CancellationToken cancellationToken);
}
