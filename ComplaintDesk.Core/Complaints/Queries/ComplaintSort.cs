using System.Linq.Expressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The sortable fields, as a whitelist: nothing from the request reaches the query unchecked.</summary>
public sealed record ComplaintSort(string Field, bool Descending)
{
    public static readonly ComplaintSort NewestFirst = new("receivedAt", true);

    private static readonly Dictionary<string, Expression<Func<Complaint, object>>> _keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["receivedAt"] = c => c.ReceivedAt,
        ["reference"] = c => c.Reference,
        ["status"] = c => c.Status,
        ["assignee"] = c => c.AssigneeEmail!,
        ["escalationLevel"] = c => c.EscalationLevel,
        ["nextDueAt"] = c => c.NextDueAt ?? DateTimeOffset.MaxValue,
        ["priority"] = c => c.Priority == Priority.Critical ? 3 : c.Priority == Priority.High ? 2 : c.Priority == Priority.Medium ? 1 : 0,
    };

    public static ComplaintSort Parse(string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return NewestFirst;
        }

        var text = value.Trim();
        var descending = text.StartsWith('-');
        var field = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        var known = _keys.Keys.FirstOrDefault(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors.Add("sort", DeskMessage.Of(ComplaintKeys.SortBy, string.Join(", ", _keys.Keys)));
            return NewestFirst;
        }

        return new ComplaintSort(known, descending);
    }

    public IQueryable<Complaint> Apply(IQueryable<Complaint> query)
    {
        var key = _keys[Field];
        var ordered = Descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return Descending ? ordered.ThenByDescending(c => c.Id) : ordered.ThenBy(c => c.Id);
    }
}
