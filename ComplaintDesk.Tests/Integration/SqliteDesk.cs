using ComplaintDesk.Core;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Core's services on a real SQLite file, without the web host.</summary>
public sealed class SqliteDesk : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "complaintdesk-tests", $"{Guid.NewGuid():N}.db");
    private ServiceProvider? _services;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 31, 21, 30, 0, TimeSpan.Zero));

    public Actor Handler { get; } = new("h1", "handler@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

    public IComplaintWorkflow Workflow => _services!.GetRequiredService<IComplaintWorkflow>();

    public IServiceProvider Services => _services!;

    public RecordingNotifier Notifier { get; } = new();

    public RecordingAlarmScheduler Alarms { get; } = new();

    public EscalationChecks Escalations => _services!.GetRequiredService<EscalationChecks>();

    public IAlertDesk AlertDesk => _services!.GetRequiredService<IAlertDesk>();

    public StoredSlaSettings Settings => _services!.GetRequiredService<StoredSlaSettings>();

    /// <summary>Where this desk keeps its monthly workbooks.</summary>
    public string ReportsFolder => Path.Combine(Path.GetDirectoryName(_path)!, Path.GetFileNameWithoutExtension(_path) + "-reports");

    public DeskDbContext NewContext() => _services!.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        // The web app's shipped settings: the same calendar and SLA policies as a fresh desk.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection([new("Desk:TimeZone", "Europe/Istanbul"), new("Desk:Reports:Folder", ReportsFolder)])
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IDeskNotifier>(Notifier)
            .AddSingleton<IAlarmScheduler>(Alarms)
            .AddComplaintDeskCore(configuration)
            .AddDeskPersistence($"Data Source={_path}")
            .BuildServiceProvider();
        await using var db = NewContext();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        await Settings.LoadAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services!.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        if (Directory.Exists(ReportsFolder))
        {
            Directory.Delete(ReportsFolder, recursive: true);
        }
    }
}
