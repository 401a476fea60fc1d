using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Benchmarks;

/// <summary>One view of the queue screen, asked for exactly as the screen asks: through <see cref="QueueSearch"/>.</summary>
public sealed record QueueCase(string Name, QueueScope Scope, string? Text = null, int Page = 1, string? Sort = null)
{
    public const int PageSize = 25;

    /// <summary>Who looks at the queue: a handler, so complainant names are shown and searched.</summary>
    public static Actor Handler { get; } = BenchStaff.Handler(7);

    public static IReadOnlyList<QueueCase> All { get; } =
    [
        new("Mine, page 1", QueueScope.Mine),
        new("Unassigned, page 1", QueueScope.Unassigned),
        new("All open, page 1", QueueScope.AllOpen),
        new("All open, -priority", QueueScope.AllOpen, Sort: "-priority"),
        new("All open, assignee", QueueScope.AllOpen, Sort: "assignee"),
        new("All open, page 200", QueueScope.AllOpen, Page: 200),
        new("Closed, page 1", QueueScope.Closed),
        new("All open, 'kettle'", QueueScope.AllOpen, Text: "kettle"),
    ];

    public ComplaintSearch Search => QueueSearch.For(Scope, Text, null, Page, PageSize, Sort);

    public Task<Page<ComplaintSummary>> RunAsync(IComplaintQueries queries, CancellationToken cancellationToken) =>
        queries.ListAsync(Search, Handler, cancellationToken);

    // BenchmarkDotNet shows the parameter by its text, cut at 20 characters.
    public override string ToString() => Name;
}
