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
public class SearchBenchmarks
{
    private ServiceProvider? _services;
    private IComplaintQueries? _queries;

    [ParamsSource(nameof(Cases))]
    public SearchCase Case { get; set; } = SearchCase.All[0];

    public static IEnumerable<SearchCase> Cases => SearchCase.All;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = await BenchDatabase.OpenSeededAsync(CancellationToken.None);
        _queries = _services.GetRequiredService<IComplaintQueries>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Benchmark]
    public Task<Page<ComplaintSummary>> Search() => Case.RunAsync(_queries!, CancellationToken.None);

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P95);
    }
}
