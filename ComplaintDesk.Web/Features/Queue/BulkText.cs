using ComplaintDesk.Core.Complaints.Bulk;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The words of the bulk actions bar and its results.</summary>
public static class BulkText
{
    public static string Selected(int count) => count == 1 ? "1 selected" : $"{count} selected";

    public static string Describe(BulkOutcome outcome) => outcome.Result switch
    {
        BulkResult.Done when outcome.Alerts > 0 => outcome.Alerts == 1 ? "1 alert acknowledged" : $"{outcome.Alerts} alerts acknowledged",
        BulkResult.Done => "Done",
        BulkResult.Stale => "Changed by someone else meanwhile; left as they left it",
        BulkResult.NothingToDo => "No open alerts of yours",
        _ => $"Refused: {outcome.Reason}",
    };

    public static string Summary(IReadOnlyList<BulkOutcome> outcomes)
    {
        var parts = new[]
        {
            Count(outcomes, BulkResult.Done, "done"),
            Count(outcomes, BulkResult.Refused, "refused"),
            Count(outcomes, BulkResult.Stale, "changed meanwhile"),
            Count(outcomes, BulkResult.NothingToDo, "with nothing to do"),
        };
        return string.Join(", ", parts.OfType<string>());
    }

    private static string? Count(IReadOnlyList<BulkOutcome> outcomes, BulkResult result, string words) =>
        outcomes.Count(o => o.Result == result) is > 0 and var count ? $"{count} {words}" : null;
}
