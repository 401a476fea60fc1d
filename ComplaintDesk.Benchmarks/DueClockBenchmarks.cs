using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>"What is due or overdue" over 100,000 complaints, as the overdue sweep will ask it.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class DueClockBenchmarks
{
    private ServiceProvider? _services;
    private DueClocks? _due;

    [Params(0, 1, 24)]
    public int HoursAhead { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = await BenchDatabase.OpenSeededAsync(CancellationToken.None);
        _due = _services.GetRequiredService<DueClocks>();
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
    public Task<IReadOnlyList<DueClock>> DueBy() =>
        _due!.DueByAsync(BenchComplaints.Now.AddHours(HoursAhead), 500, CancellationToken.None);
}
