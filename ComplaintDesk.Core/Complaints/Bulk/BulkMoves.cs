using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>
/// Each complaint goes through the same workflow and alert desk as a single action, one after another, so
/// every rule applies to each and one refusal neither undoes nor blocks the others.
/// </summary>
public sealed class BulkMoves(IComplaintWorkflow workflow, IAlertDesk alerts) : IBulkMoves
{
    public async Task<IReadOnlyList<BulkOutcome>> ApplyToEachAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, BulkCommand command, CancellationToken cancellationToken)
    {
        ComplaintPermissions.EnsureMayWork(actor);
        var outcomes = new List<BulkOutcome>(shown.Count);
        foreach (var row in shown)
        {
            try
            {
                await workflow.ApplyAsync(row.Reference, actor, row.Version, command.For(row), cancellationToken);
                outcomes.Add(new BulkOutcome(row.Reference, BulkResult.Done));
            }
            catch (DeskException refused)
            {
                outcomes.Add(Refusal(row.Reference, refused));
            }
        }

        return outcomes;
    }

    public async Task<IReadOnlyList<BulkOutcome>> AcknowledgeAlertsAsync(
        IReadOnlyList<ComplaintSummary> shown, Actor actor, CancellationToken cancellationToken)
    {
        var open = (await alerts.ListAsync(actor, openOnly: true, cancellationToken)).ToLookup(r => r.Alert.ComplaintReference, r => r.Alert.Id);
        var outcomes = new List<BulkOutcome>(shown.Count);
        foreach (var row in shown)
        {
            outcomes.Add(await AcknowledgeAsync(row.Reference, open[row.Reference].ToList(), actor, cancellationToken));
        }

        return outcomes;
    }

    private async Task<BulkOutcome> AcknowledgeAsync(string reference, List<long> alertIds, Actor actor, CancellationToken cancellationToken)
    {
        if (alertIds.Count == 0)
        {
            return new BulkOutcome(reference, BulkResult.NothingToDo);
        }

        var acknowledged = 0;
        foreach (var id in alertIds)
        {
            try
            {
                await alerts.AcknowledgeAsync(id, actor, cancellationToken);
                acknowledged++;
            }
            catch (DeskException refused)
            {
                return Refusal(reference, refused) with { Alerts = acknowledged };
            }
        }

        return new BulkOutcome(reference, BulkResult.Done, Alerts: acknowledged);
    }

    private static BulkOutcome Refusal(string reference, DeskException refused) => refused switch
    {
        StaleVersionException => new BulkOutcome(reference, BulkResult.Stale, refused.Text),
        InvalidInputException invalid => new BulkOutcome(reference, BulkResult.Refused, invalid.Errors.Values.SelectMany(m => m).First()),
        _ => new BulkOutcome(reference, BulkResult.Refused, refused.Text),
    };
}
