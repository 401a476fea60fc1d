using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The words of the bulk actions bar and its results.</summary>
public static class BulkText
{
    public static string Selected(this IStringLocalizer<DeskText> text, int count) =>
        count == 1 ? text["Bulk.Selected.One"] : text["Bulk.Selected.Many", count];

    public static string Describe(this IStringLocalizer<DeskText> text, BulkOutcome outcome) => outcome.Result switch
    {
        BulkResult.Done when outcome.Alerts > 0 => outcome.Alerts == 1 ? text["Bulk.AlertAcknowledged"] : text["Bulk.AlertsAcknowledged", outcome.Alerts],
        BulkResult.Done => text["Bulk.Done"],
        BulkResult.Stale => text["Bulk.Stale"],
        BulkResult.NothingToDo => text["Bulk.NothingToDo"],
        _ => text["Bulk.Refused", outcome.Reason is { } reason ? text.Word(reason) : ""],
    };

    public static string Summary(this IStringLocalizer<DeskText> text, IReadOnlyList<BulkOutcome> outcomes)
    {
        var parts = new[] { BulkResult.Done, BulkResult.Refused, BulkResult.Stale, BulkResult.NothingToDo }
            .Select(result => outcomes.Count(o => o.Result == result) is > 0 and var count ? text[$"Bulk.Count.{result}", count].Value : null);
        return string.Join(", ", parts.OfType<string>());
    }
}
