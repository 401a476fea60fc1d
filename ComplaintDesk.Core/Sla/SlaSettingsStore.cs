using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Sla;

/// <summary>The settings' one database row, as JSON: read, written on the first start, replaced on a change.</summary>
internal static class SlaSettingsStore
{
    private static readonly JsonSerializerOptions _json = new() { Converters = { new JsonStringEnumConverter() } };

    public static async Task<SlaSettingsRecord?> FindAsync(DeskDbContext db, CancellationToken cancellationToken) =>
        await db.SlaSettings.FindAsync([SlaSettingsRecord.SingleId], cancellationToken);

    public static async Task<SlaSettingsRecord> SingleAsync(DeskDbContext db, CancellationToken cancellationToken) =>
        await FindAsync(db, cancellationToken) ?? throw new InvalidOperationException("The SLA settings are not loaded yet.");

    public static SlaSettingsRecord Add(DeskDbContext db, CalendarOptions calendar, SlaOptions sla, string by, DateTimeOffset at)
    {
        var record = new SlaSettingsRecord();
        Write(record, calendar, sla, by, at);
        db.SlaSettings.Add(record);
        return record;
    }

    public static void Write(SlaSettingsRecord record, CalendarOptions calendar, SlaOptions sla, string by, DateTimeOffset at) =>
        (record.Calendar, record.Sla, record.ChangedAt, record.ChangedBy) = (JsonSerializer.Serialize(calendar, _json), JsonSerializer.Serialize(sla, _json), at, by);

    public static CalendarOptions ReadCalendar(SlaSettingsRecord record) => JsonSerializer.Deserialize<CalendarOptions>(record.Calendar, _json)!;

    public static SlaOptions ReadSla(SlaSettingsRecord record) => JsonSerializer.Deserialize<SlaOptions>(record.Sla, _json)!;

    /// <summary>Replaces the policies only: renaming a category is not a change of the settings' author or time.</summary>
    public static void WriteSla(SlaSettingsRecord record, SlaOptions sla) => record.Sla = JsonSerializer.Serialize(sla, _json);
}
