using System.Linq.Expressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The sortable fields, as a whitelist: nothing from the request reaches the query unchecked.</summary>
public sealed record ComplaintSort(string Field, bool Descending)
{
    public static readonly ComplaintSort NewestFirst = new("receivedAt", true);

    private const string Assignee = "assignee";

    private static readonly Dictionary<string, Expression<Func<Complaint, object>>> _keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["receivedAt"] = c => c.ReceivedAt,
        ["reference"] = c => c.Reference,
        ["status"] = c => c.Status,
        [Assignee] = c => c.AssigneeEmail!,
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

    /// <summary>
    /// Orders by the field, then by id. Assignees go by their names in the person's language's order
    /// (<see cref="NameOrder"/>), as the queue shows them, and by address between namesakes.
    /// </summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> query, DeskDbContext db)
    {
        var key = _keys[Field];
        var ordered = Field == Assignee
            ? Then(query.OrderByName(db, c => db.Users.Where(u => u.Email == c.AssigneeEmail).Select(u => u.DisplayName).FirstOrDefault(), Descending), key)
            : Descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return Then(ordered, c => c.Id);
    }

    private IOrderedQueryable<Complaint> Then<TKey>(IOrderedQueryable<Complaint> ordered, Expression<Func<Complaint, TKey>> key) =>
        Descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}
