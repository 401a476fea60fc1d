using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// One page of the queue over 100,000 complaints, through the same Core query the queue screen
/// calls. A benchmark, never a timed test: run it on purpose (README, "Performance").
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class QueuePageBenchmarks : SeededQueries
{
    [ParamsSource(nameof(Cases))]
    public QueueCase Case { get; set; } = QueueCase.All[0];

    public static IEnumerable<QueueCase> Cases => QueueCase.All;

    [Benchmark]
    public Task<Page<ComplaintSummary>> QueuePage() => Case.RunAsync(Queries, CancellationToken.None);
}
