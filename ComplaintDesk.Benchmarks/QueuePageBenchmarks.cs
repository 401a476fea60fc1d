using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// One page of the queue over 100,000 complaints, through the same Core query the queue screen
/// calls. A benchmark, never a timed test: run it on purpose (README, "Performance").
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class QueuePageBenchmarks : SeededDesk
{
    private IComplaintQueries? _queries;

    [ParamsSource(nameof(Cases))]
    public QueueCase Case { get; set; } = QueueCase.All[0];

    public static IEnumerable<QueueCase> Cases => QueueCase.All;

    protected override void Take(IServiceProvider services) => _queries = services.GetRequiredService<IComplaintQueries>();

    [Benchmark]
    public Task<Page<ComplaintSummary>> QueuePage() => Case.RunAsync(_queries!, CancellationToken.None);
}
