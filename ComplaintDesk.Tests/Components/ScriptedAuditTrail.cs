using System.Runtime.CompilerServices;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers the audit page with the pages a test set up, or refuses as Core would; remembers each search.</summary>
public sealed class ScriptedAuditTrail : IAuditTrail
{
    private readonly List<AuditSearch> _searches = [];

    public Page<AccessRecordView> Access { get; set; } = new([], 0);

    public Page<AuditEventView> Events { get; set; } = new([], 0);

    /// <summary>When set, every search is refused with it (e.g. the last day before the first).</summary>
    public InvalidInputException? Refusal { get; set; }

    public IReadOnlyList<AuditSearch> Searches
    {
        get
        {
            lock (_searches)
            {
                return [.. _searches];
            }
        }
    }

    public Task<Page<AccessRecordView>> AccessAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken) => Answer(search, Access);

    public Task<Page<AuditEventView>> EventsAsync(AuditSearch search, Actor actor, CancellationToken cancellationToken) => Answer(search, Events);

    public IAsyncEnumerable<AccessRecordView> AllAccess(AuditSearch search, Actor actor) => Rows(Access.Items);

    public IAsyncEnumerable<AuditEventView> AllEvents(AuditSearch search, Actor actor) => Rows(Events.Items);

    private Task<Page<T>> Answer<T>(AuditSearch search, Page<T> page)
    {
        lock (_searches)
        {
            _searches.Add(search);
        }

        return Refusal is null ? Task.FromResult(page) : Task.FromException<Page<T>>(Refusal);
    }

    private static async IAsyncEnumerable<T> Rows<T>(IEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }
}
