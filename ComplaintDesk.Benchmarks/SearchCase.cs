using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// One text search over all 100,000 complaints, asked as the API asks it (every status, newest first,
/// 25 a page, with the total): by a handler, who searches names too, unless <see cref="MaySeeNames"/> is off.
/// </summary>
public sealed record SearchCase(string Name, string Text, bool MaySeeNames = true)
{
    public static Actor QualityManager { get; } =
        new("bench-quality", "quality@bench.local", new HashSet<DeskRole> { DeskRole.QualityManager });

    public static IReadOnlyList<SearchCase> All { get; } =
    [
        new("reference -0421", "-0421"),
        new("product kettle", "kettle"),
        new("surname polat", "polat"),
        new("text tracking", "tracking"),
        new("miss zebra", "zebra"),
        new("polat, no names", "polat", MaySeeNames: false),
        new("short e2", "e2"),
    ];

    public Task<Page<ComplaintSummary>> RunAsync(IComplaintQueries queries, CancellationToken cancellationToken) =>
        queries.ListAsync(new ComplaintSearch(Q: Text, PageSize: QueueCase.PageSize), MaySeeNames ? QueueCase.Handler : QualityManager, cancellationToken);

    // BenchmarkDotNet shows the parameter by its text, cut at 20 characters.
    public override string ToString() => Name;
}
