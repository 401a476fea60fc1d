using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>"What is due or overdue" over 100,000 complaints, as the overdue sweep will ask it.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class DueClockBenchmarks : SeededDesk
{
    private DueClocks? _due;

    [Params(0, 1, 24)]
    public int HoursAhead { get; set; }

    protected override void Take(IServiceProvider services) => _due = services.GetRequiredService<DueClocks>();

    [Benchmark]
    public Task<IReadOnlyList<DueClock>> DueBy() =>
        _due!.DueByAsync(BenchComplaints.Now.AddHours(HoursAhead), 500, CancellationToken.None);
}
