using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers with what a test set up and remembers every list request, as the screen sent it.</summary>
public sealed class RecordingComplaintQueries : IComplaintQueries
{
    private readonly List<ComplaintSearch> _searches = [];
    private readonly Dictionary<string, ComplaintDetails> _complaints = new(StringComparer.Ordinal);

    public Page<ComplaintSummary> Page { get; set; } = new([], 0);

    /// <summary>Every list request so far, oldest first.</summary>
    public IReadOnlyList<ComplaintSearch> Searches
    {
        get
        {
            lock (_searches)
            {
                return [.. _searches];
            }
        }
    }

    public ComplaintSearch LastSearch => Searches[^1];

    public int GetCalls { get; private set; }

    public void Holds(ComplaintDetails complaint) => _complaints[complaint.Reference] = complaint;

    public Task<ComplaintDetails> GetAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        GetCalls++;
        return _complaints.TryGetValue(reference, out var complaint)
            ? Task.FromResult(complaint)
            : Task.FromException<ComplaintDetails>(new NotFoundException($"There is no complaint with the reference {reference}."));
    }

    public Task<Page<ComplaintSummary>> ListAsync(ComplaintSearch search, Actor actor, CancellationToken cancellationToken)
    {
        lock (_searches)
        {
            _searches.Add(search);
        }

        return Task.FromResult(Page);
    }
}
