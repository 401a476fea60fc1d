using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// Text search over 100,000 complaints. Each iteration is one search, so the P95 column is the
/// 95th percentile of single searches, not of averages.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(PercentileConfig))]
[SimpleJob(warmupCount: 3, iterationCount: 40, invocationCount: 1)]
public class SearchBenchmarks : SeededDesk
{
    private IComplaintQueries? _queries;

    [ParamsSource(nameof(Cases))]
    public SearchCase Case { get; set; } = SearchCase.All[0];

    public static IEnumerable<SearchCase> Cases => SearchCase.All;

    protected override void Take(IServiceProvider services) => _queries = services.GetRequiredService<IComplaintQueries>();

    [Benchmark]
    public Task<Page<ComplaintSummary>> Search() => Case.RunAsync(_queries!, CancellationToken.None);

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P95);
    }
}
