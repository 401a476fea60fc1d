using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Queue;

public static class QueueText
{
    public static string Describe(this IStringLocalizer<DeskText> text, QueueScope scope) => text[$"Scope.{scope}"];

    /// <summary>The grid sorts by property name; Core takes its own whitelisted keys.</summary>
    public static string? SortKey(string propertyName, bool descending)
    {
        var key = propertyName switch
        {
            nameof(ComplaintSummary.Reference) => "reference",
            nameof(ComplaintSummary.ReceivedAt) => "receivedAt",
            nameof(ComplaintSummary.Priority) => "priority",
            nameof(ComplaintSummary.Status) => "status",
            nameof(ComplaintSummary.Assignee) => "assignee",
            nameof(ComplaintSummary.EscalationLevel) => "escalationLevel",
            nameof(ComplaintSummary.NextDue) => "nextDueAt",
            _ => null,
        };
        return key is null ? null : (descending ? "-" : "") + key;
    }
}
