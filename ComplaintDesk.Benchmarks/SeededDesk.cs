using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// Core over the seeded 100,000 complaints, opened once per case as the web app opens it; each benchmark
/// takes the service it times in <see cref="Take"/>, so no lookup falls inside a measured call.
/// </summary>
public abstract class SeededDesk
{
    private ServiceProvider? _services;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = await BenchDatabase.OpenSeededAsync(CancellationToken.None);
        Take(_services);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    protected abstract void Take(IServiceProvider services);
}
