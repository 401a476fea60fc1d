using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// What a queue screen shows: its tab, filters, sort and page. It lives in the address bar, so a view can
/// be reloaded, shared, kept, and walked with back and forward. Values the queue does not know are left
/// at their defaults rather than refused: an old or hand-edited link still opens a queue.
/// </summary>
public sealed record QueueView(QueueScope Scope, Priority? Priority, string? Text, string? Sort, int Page, int PageSize)
{
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    /// <summary>The sort the queue shows when none is chosen: the newest first.</summary>
    public const string DefaultSort = "-receivedAt";

    public static QueueView Default(QueueScope scope) => new(scope, null, null, null, 1, 25);

    public ComplaintSearch ToSearch() => QueueSearch.For(Scope, Text, Priority, Page, PageSize, Sort);

    /// <summary>The field and direction the rows are in, the default included.</summary>
    public ComplaintSort Sorting => ComplaintSort.Parse(Sort ?? DefaultSort, new FieldErrors());

    /// <summary>
    /// The view after a click on a column heading, from the first page: a new column sorts ascending, a second
    /// click descending, a third goes back to the default (for the default's own column, ascending again).
    /// </summary>
    public QueueView SortedBy(string field)
    {
        var now = Sorting;
        var next = !string.Equals(now.Field, field, StringComparison.OrdinalIgnoreCase) ? field
            : !now.Descending ? "-" + field
            : "-" + field == DefaultSort ? field
            : null;
        return this with { Sort = next == DefaultSort ? null : next, Page = 1 };
    }

    /// <summary>The address of this view; what equals <paramref name="defaults"/> is left out to keep links short.</summary>
    public string ToUri(string path, QueueView defaults)
    {
        var query = new Dictionary<string, string?>();
        if (Scope != defaults.Scope)
        {
            query["tab"] = ScopeNames.Name(Scope);
        }

        if (Priority is { } priority)
        {
            query["priority"] = priority.ToString();
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            query["q"] = Text;
        }

        if (Sort is { } sort && sort != DefaultSort)
        {
            query["sort"] = sort;
        }

        if (Page != 1)
        {
            query["page"] = Page.ToString(CultureInfo.InvariantCulture);
        }

        if (PageSize != defaults.PageSize)
        {
            query["size"] = PageSize.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>Reads a view from an address's query; <paramref name="scopes"/> are the tabs this person has.</summary>
    public static QueueView Parse(string queryString, QueueView defaults, IReadOnlyCollection<QueueScope> scopes)
    {
        var query = QueryHelpers.ParseQuery(queryString);
        var scope = ScopeNames.Parse(One(query, "tab")) is { } named && scopes.Contains(named) ? named : defaults.Scope;
        Priority? priority = Enum.TryParse<Priority>(One(query, "priority"), ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(One(query, "priority"), out _) ? p : null;
        var text = One(query, "q") is { Length: > 0 and <= TextLimits.ShortText } q && IsAcceptable(q) ? q : null;
        var sort = One(query, "sort") is { } s && IsKnownSort(s) ? s : null;
        var page = int.TryParse(One(query, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        var size = int.TryParse(One(query, "size"), NumberStyles.None, CultureInfo.InvariantCulture, out var z) && PageSizes.Contains(z) ? z : defaults.PageSize;
        return new QueueView(scope, priority, text, sort, page, size);
    }

    // The same checks the list applies, so a link never opens a queue that refuses to load.
    private static bool IsKnownSort(string sort)
    {
        var errors = new FieldErrors();
        ComplaintSort.Parse(sort, errors);
        return !errors.Any;
    }

    private static bool IsAcceptable(string text) => !new FieldErrors().Text("q", text).Any;

    private static string? One(Dictionary<string, StringValues> query, string name) =>
        query.TryGetValue(name, out var values) ? values.LastOrDefault() : null;
}
