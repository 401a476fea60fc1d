using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The real app on a real SQLite file of its own, with demo users and a fake clock.</summary>
public class DeskApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintdesk-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "desk.db");

    public string ReportsFolder => Path.Combine(_folder, "reports");

    /// <summary>The pickup folder the desk writes its mail to.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>The folder the desk takes mail in from.</summary>
    public string InboundFolder => Path.Combine(_folder, "incoming");

    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Desk:DemoData"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Desk", $"Data Source={DatabasePath}");
        builder.UseSetting("Desk:Reports:Folder", ReportsFolder);
        builder.UseSetting("Desk:Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Desk:Mail:InboundDirectory", InboundFolder);
        // The tests read the desk's English; a test of another language asks for it (Accept-Language or a choice).
        builder.UseSetting("Desk:DefaultCulture", "en");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
