using ComplaintDesk.Core.Access;
using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
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
    private const int RecomputeBatch = 500;
    private static readonly JsonSerializerOptions _json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly TimeZoneInfo _configuredZone = zone.Zone;
    private Snapshot? _current;

    public BusinessCalendar Calendar => Current.Calendar;

    public double WarningShare => Current.Sla.WarningShare;

    public Priority DefaultPriority => Current.Sla.DefaultPriority;

    public CalendarOptions CalendarOptions => Current.CalendarOptions;

    public SlaOptions SlaOptions => Current.Sla;

    private Snapshot Current => _current ?? throw new InvalidOperationException("The SLA settings are not loaded yet.");

    public SlaPolicy PolicyFor(Priority priority, string? category) => Current.PolicyFor(priority, category);

    /// <summary>Loads the settings, writing the configured ones into an empty database first.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.SlaSettings.FindAsync([SlaSettingsRecord.SingleId], cancellationToken);
        if (record is null)
        {
            record = ToRecord(WithZone(configuredCalendar.Value), configuredSla.Value, "configuration");
            db.SlaSettings.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }

        _current = ToSnapshot(
            JsonSerializer.Deserialize<CalendarOptions>(record.Calendar, _json)!,
            JsonSerializer.Deserialize<SlaOptions>(record.Sla, _json)!);
        zone.Use(_current.Calendar.Zone);
    }

    /// <summary>An administrator changes the calendar or policies; refused input writes nothing.</summary>
    public async Task ChangeAsync(CalendarOptions calendar, SlaOptions sla, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(DeskCapability.ChangeSettings))
        {
            throw new NotPermittedException("Only administrators change the calendar and the SLA policies.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.Select(c => c.Name).ToListAsync(cancellationToken);
        SlaSettingsRules.Check(calendar, sla, categories).ThrowIfAny();
        var next = ToSnapshot(calendar, sla);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.SlaSettings.FindAsync([SlaSettingsRecord.SingleId], cancellationToken)
            ?? throw new InvalidOperationException("The SLA settings are not loaded yet.");
        var changed = ToRecord(WithZone(calendar), sla, actor.Email);
        (record.Calendar, record.Sla, record.ChangedAt, record.ChangedBy) = (changed.Calendar, changed.Sla, now, actor.Email);
        db.AuditEvents.Add(new AuditEvent(now, actor.Email, "SLA settings", "Calendar and SLA policies changed", $"{changed.Calendar}\n{changed.Sla}"));
        await db.SaveChangesAsync(cancellationToken);
        var moved = await RecomputeOpenComplaintsAsync(db, next, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _current = next;
        zone.Use(next.Calendar.Zone);
        await AnnounceAsync(moved, now, cancellationToken);
    }

    // Open screens show the new deadlines, and an alarm moved into the minutes the sweep has already armed gets its own trigger.
    private async Task AnnounceAsync(List<Moved> moved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var complaint in moved)
        {
            if (complaint.NextAlarmAt is { } alarm && alarm <= now + EscalationChecks.ArmAhead)
            {
                alarms.CheckComplaintAt(complaint.Id, alarm);
            }

            await notifier.ComplaintChangedAsync(complaint.Change, cancellationToken);
        }
    }

    private sealed record Moved(long Id, DateTimeOffset? NextAlarmAt, ComplaintChange Change);

    private static async Task<List<Moved>> RecomputeOpenComplaintsAsync(DeskDbContext db, ISlaSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var finished = new[] { ComplaintStatus.Closed, ComplaintStatus.Withdrawn };
        var moved = new List<Moved>();
        for (long after = 0; ;)
        {
            var batch = await db.Complaints
                .Include(c => c.Category)
                .Where(c => !finished.Contains(c.Status) && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(RecomputeBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return moved;
            }

            foreach (var complaint in batch.Where(c => c.ResettleClocks(settings, now)))
            {
                var lastMove = await db.TimelineEvents.Where(e => e.ComplaintId == complaint.Id)
                    .OrderByDescending(e => e.Id).Select(e => e.Move).FirstAsync(cancellationToken);
                moved.Add(new Moved(complaint.Id, complaint.NextAlarmAt, ComplaintChange.Of(complaint, lastMove)));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }

    private SlaSettingsRecord ToRecord(CalendarOptions calendar, SlaOptions sla, string by) => new()
    {
        Calendar = JsonSerializer.Serialize(calendar, _json),
        Sla = JsonSerializer.Serialize(sla, _json),
        ChangedAt = time.GetUtcNow(),
        ChangedBy = by,
    };

    private Snapshot ToSnapshot(CalendarOptions calendar, SlaOptions sla)
    {
        var withZone = WithZone(calendar);
        var calendarZone = TimeZoneInfo.FindSystemTimeZoneById(withZone.TimeZone!);
        return new(new BusinessCalendar(calendarZone, calendar.WorkingDays, calendar.Start, calendar.End, calendar.Holidays), withZone, sla);
    }

    // A calendar stored before it carried a zone, or configured without one, is in the configured zone.
    private CalendarOptions WithZone(CalendarOptions calendar) => new()
    {
        TimeZone = calendar.TimeZone ?? _configuredZone.Id,
        WorkingDays = calendar.WorkingDays,
        Start = calendar.Start,
        End = calendar.End,
        Holidays = calendar.Holidays,
    };

    // The settings as one consistent value: swapped whole, so no reader ever sees half a change.
    private sealed record Snapshot(BusinessCalendar Calendar, CalendarOptions CalendarOptions, SlaOptions Sla) : ISlaSettings
    {
        public double WarningShare => Sla.WarningShare;

        public Priority DefaultPriority => Sla.DefaultPriority;

        public SlaPolicy PolicyFor(Priority priority, string? category)
        {
            var policy = category is not null &&
                Sla.CategoryPolicies.TryGetValue(category, out var overrides) &&
                overrides.TryGetValue(priority, out var overridden)
                    ? overridden
                    : Sla.Policies[priority];
            return new SlaPolicy(policy.Acknowledge, policy.Respond, policy.Resolve, policy.AroundTheClock);
        }
    }
}
