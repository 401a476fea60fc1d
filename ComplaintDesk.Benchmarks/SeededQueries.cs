using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>Core's queries over the seeded 100,000 complaints, opened once per case as the web app opens them.</summary>
public abstract class SeededQueries
{
    private ServiceProvider? _services;

    protected IComplaintQueries Queries { get; private set; } = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = await BenchDatabase.OpenSeededAsync(CancellationToken.None);
        Queries = _services.GetRequiredService<IComplaintQueries>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
