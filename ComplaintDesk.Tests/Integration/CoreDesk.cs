using ComplaintDesk.Core;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Core's services on a real database of their own, without the web host: <see cref="SqliteDesk"/> or <see cref="PostgresDesk"/>.</summary>
public abstract class CoreDesk : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintdesk-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 31, 21, 30, 0, TimeSpan.Zero));

    public Actor Handler { get; } = new("h1", "handler@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

    public IComplaintWorkflow Workflow => _services!.GetRequiredService<IComplaintWorkflow>();

    public IServiceProvider Services => _services!;

    public RecordingNotifier Notifier { get; } = new();

    public RecordingAlarmScheduler Alarms { get; } = new();

    public RecordingMailDispatch MailDispatch { get; } = new();

    /// <summary>Where this desk's mail is written (its pickup folder).</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Where mail for this desk to take in is dropped.</summary>
    public string InboundFolder => Path.Combine(_folder, "incoming");

    /// <summary>Settings over the shipped ones, read when the desk starts.</summary>
    public Dictionary<string, string?> Configured { get; } = [];

    public MailOutbox Outbox => _services!.GetRequiredService<MailOutbox>();

    public EscalationChecks Escalations => _services!.GetRequiredService<EscalationChecks>();

    public IAlertDesk AlertDesk => _services!.GetRequiredService<IAlertDesk>();

    public StoredSlaSettings Settings => _services!.GetRequiredService<StoredSlaSettings>();

    /// <summary>Where this desk keeps its monthly workbooks.</summary>
    public string ReportsFolder => Path.Combine(_folder, "reports");

    /// <summary>The folder this desk may keep files in, removed with it.</summary>
    protected string Folder => _folder;

    public DeskDbContext NewContext() => _services!.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var (connectionString, provider) = await CreateDatabaseAsync();
        // The web app's shipped settings: the same calendar and SLA policies as a fresh desk.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(
            [
                new("Desk:TimeZone", "Europe/Istanbul"), new("Desk:Reports:Folder", ReportsFolder),
                new("Desk:Mail:PickupDirectory", MailFolder), new("Desk:Mail:InboundDirectory", InboundFolder), new("Desk:DefaultCulture", "en"),
            ])
            .AddInMemoryCollection(Configured)
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IDeskNotifier>(Notifier)
            .AddSingleton<IAlarmScheduler>(Alarms)
            .AddSingleton<IMailDispatch>(MailDispatch)
            .AddDeskWording()
            .AddLogging()
            .AddDeskLocalization(configuration)
            .AddComplaintDeskCore(configuration)
            .AddDeskPersistence(connectionString, provider)
            .BuildServiceProvider();
        await using var db = NewContext();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        await Settings.LoadAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services!.DisposeAsync();
        await DropDatabaseAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A database of this desk's own, holding no complaints yet.</summary>
    protected abstract Task<(string ConnectionString, DeskDatabaseProvider Provider)> CreateDatabaseAsync();

    /// <summary>Closes every pooled connection to the desk's database and removes it.</summary>
    protected abstract Task DropDatabaseAsync();
}
