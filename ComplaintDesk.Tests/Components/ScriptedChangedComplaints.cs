using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers a changed complaint's row with what the test put there, and counts the reads.</summary>
public sealed class ScriptedChangedComplaints : IChangedComplaints
{
    private readonly Dictionary<string, ComplaintSummary> _rows = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public void Holds(ComplaintSummary row) => _rows[row.Reference] = row;

    public Task<ComplaintSummary?> ReadAsync(ComplaintChange change, Actor actor, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(_rows.GetValueOrDefault(change.Reference));
    }
}
