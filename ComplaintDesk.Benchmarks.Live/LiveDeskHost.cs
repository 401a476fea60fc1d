using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// The real app on real Kestrel and the real clock, on a fresh SQLite file, with the demo users.
/// The only addition is <see cref="TimedNotifier"/>, which notes when each hub send starts and ends.
/// </summary>
internal sealed class LiveDeskHost : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private LiveDeskHost(IReadOnlyDictionary<string, string> settings, string folder) => (_settings, _folder) = (settings, folder);

    public NotifierTimings Sends { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public string Folder => _folder;

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "complaintdesk-live-bench", Guid.NewGuid().ToString("N"));

    public static LiveDeskHost Start(IReadOnlyDictionary<string, string> settings) => Start(settings, NewFolder());

    /// <summary>Another node on the database in <paramref name="folder"/>, which the first node has prepared.</summary>
    public static LiveDeskHost Start(IReadOnlyDictionary<string, string> settings, string folder)
    {
        var host = new LiveDeskHost(settings, folder);
        host.UseKestrel(0);
        host.StartServer();
        host.BaseAddress = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("ConnectionStrings:Desk", $"Data Source={Path.Combine(_folder, "desk.db")}");
        builder.UseSetting("Desk:DemoData", "true");
        // The sessions file complaints under the English demo's categories.
        builder.UseSetting("Desk:DefaultCulture", "en");
        // Console logging on the measured path would cost CPU the two cores do not have to spare.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IDeskNotifier>(provider =>
            new TimedNotifier(ActivatorUtilities.CreateInstance<HubDeskNotifier>(provider), Sends))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
