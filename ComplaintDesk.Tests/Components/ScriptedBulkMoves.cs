using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers a bulk action with the outcomes a test set up (done for each row unless told); remembers what it was asked.</summary>
public sealed class ScriptedBulkMoves : IBulkMoves
{
    /// <summary>The outcome for a reference; rows not named here are done.</summary>
    public Dictionary<string, BulkOutcome> Outcomes { get; } = [];

    /// <summary>Each request: the rows as shown, who asked, and the command (null for acknowledging alerts).</summary>
    public List<(IReadOnlyList<ComplaintSummary> Rows, Actor Actor, BulkCommand? Command)> Requests { get; } = [];

    public Task<IReadOnlyList<BulkOutcome>> ApplyToEachAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, BulkCommand command, CancellationToken cancellationToken) =>
        Answer(shown, actor, command);

    public Task<IReadOnlyList<BulkOutcome>> AcknowledgeAlertsAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, CancellationToken cancellationToken) =>
        Answer(shown, actor, null);

    private Task<IReadOnlyList<BulkOutcome>> Answer(IReadOnlyList<ComplaintSummary> shown, Actor actor, BulkCommand? command)
    {
        Requests.Add((shown, actor, command));
        return Task.FromResult<IReadOnlyList<BulkOutcome>>(
            [.. shown.Select(row => Outcomes.GetValueOrDefault(row.Reference) ?? new BulkOutcome(row.Reference, BulkResult.Done))]);
    }
}
