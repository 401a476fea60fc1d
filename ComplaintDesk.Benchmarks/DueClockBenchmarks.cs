using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;
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
        var path = await BenchDatabase.EnsureSeededAsync(CancellationToken.None);
        _services = BenchServices.Build(path);
        await using (var db = await _services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync())
        {
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        }

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
