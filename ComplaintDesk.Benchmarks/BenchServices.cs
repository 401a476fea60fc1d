using ComplaintDesk.Core;
using ComplaintDesk.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>Core wired as the web app wires it, on a given SQLite file, with nobody to notify.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string databasePath, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Desk:TimeZone"] = "Europe/Istanbul" })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedClock(BenchComplaints.Now))
            .AddSingleton<IDeskNotifier, SilentNotifier>()
            .AddComplaintDeskCore(configuration)
            .AddDeskPersistence($"Data Source={databasePath}");
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class SilentNotifier : IDeskNotifier
    {
        public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
