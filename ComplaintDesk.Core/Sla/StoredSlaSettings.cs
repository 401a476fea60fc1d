using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Sla;

/// <summary>
/// The calendar and SLA policies in force. Read from configuration into the database on the first
/// start, then changed only through <see cref="ChangeAsync"/>, which audits the change and recomputes
/// the running clocks of open complaints (stopped clocks keep their figures).
/// </summary>
public sealed partial class StoredSlaSettings(
    IDbContextFactory<DeskDbContext> dbFactory,
    IOptions<CalendarOptions> configuredCalendar,
    IOptions<SlaOptions> configuredSla,
    DeskTimeZone zone,
    TimeProvider time,
    IDeskNotifier notifier,
    IAlarmScheduler alarms) : ISlaSettings, ISlaSettingsEditor
{
    // The configured zone, read before the stored calendar moves the desk to its own.
    private readonly ConfiguredSlaSettings _configured = new(configuredCalendar, configuredSla, zone.Zone);
    private readonly SlaChangeAnnouncer _announcer = new(notifier, alarms);
    private SlaSnapshot? _current;

    public BusinessCalendar Calendar => Current.Calendar;

    public double WarningShare => Current.Sla.WarningShare;

    public Priority DefaultPriority => Current.Sla.DefaultPriority;

    public CalendarOptions CalendarOptions => Current.CalendarOptions;

    public SlaOptions SlaOptions => Current.Sla;

    private SlaSnapshot Current => _current ?? throw new InvalidOperationException("The SLA settings are not loaded yet.");

    public SlaPolicy PolicyFor(Priority priority, string? category) => Current.PolicyFor(priority, category);

    /// <summary>Loads the settings, writing the configured ones into an empty database first.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await SlaSettingsStore.FindAsync(db, cancellationToken);
        if (record is null)
        {
            record = SlaSettingsStore.Add(db, _configured.Calendar, _configured.Sla, "configuration", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        PutInForce(Snapshot(SlaSettingsStore.ReadCalendar(record), SlaSettingsStore.ReadSla(record)));
    }

    /// <summary>An administrator changes the calendar or policies; refused input writes nothing.</summary>
    public async Task ChangeAsync(CalendarOptions calendar, SlaOptions sla, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(DeskCapability.ChangeSettings))
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.OnlyAdministratorsChangeSla));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.Select(c => c.Name).ToListAsync(cancellationToken);
        SlaSettingsRules.Check(calendar, sla, categories).ThrowIfAny();
        var next = Snapshot(calendar, sla);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await SlaSettingsStore.SingleAsync(db, cancellationToken);
        SlaSettingsStore.Write(record, next.CalendarOptions, sla, actor.Email, now);
        db.AuditEvents.Add(new AuditEvent(now, actor.Email, AuditAreas.SlaSettings, DeskMessage.Of(AuditKeys.SlaChanged), $"{record.Calendar}\n{record.Sla}"));
        await db.SaveChangesAsync(cancellationToken);
        var moved = await OpenClocks.ResettleAsync(db, next, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        PutInForce(next);
        await _announcer.AnnounceAsync(moved, now, cancellationToken);
    }

    private SlaSnapshot Snapshot(CalendarOptions calendar, SlaOptions sla) => SlaSnapshot.Of(_configured.WithZone(calendar), sla);

    private void PutInForce(SlaSnapshot settings)
    {
        _current = settings;
        zone.Use(settings.Calendar.Zone);
    }
}
