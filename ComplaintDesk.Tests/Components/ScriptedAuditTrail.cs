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

    /// <summary>The sample drawn for any seed, given back with the seed asked for (a new one, 7, when none is).</summary>
    public ComplaintSample Sample { get; set; } = new(0, 0, []);

    /// <summary>Each draw of a sample: its size and the seed asked for.</summary>
    public List<(int? Size, int? Seed)> Draws { get; } = [];

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

    public async Task<ComplaintSample> SampleAsync(AuditSearch search, int? size, int? seed, Actor actor, CancellationToken cancellationToken)
    {
        Draws.Add((size, seed));
        var drawn = await Answer(search, new Page<SampledComplaint>(Sample.Items, Sample.Total));
        return new ComplaintSample(seed ?? 7, drawn.Total, drawn.Items);
    }

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
