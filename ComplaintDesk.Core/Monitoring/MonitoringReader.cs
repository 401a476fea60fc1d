using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Streams what monitoring needs from the database, one complaint at a time, so a year fits in memory.</summary>
public static class MonitoringReader
{
    /// <summary>Complaints received in the window, finished in it, or open at its end (no personal data), by id.</summary>
    /// <remarks>
    /// The hottest read of the desk (every complaint of a month, or a year, twice per workbook), so it
    /// is plain SQL over the tables EF made: complaints and their clocks as two ordered queries merged
    /// on the id. EF's materialization took more than twice as long over 100,000 complaints.
    /// </remarks>
    public static async IAsyncEnumerable<MonitoredComplaint> ComplaintsAsync(
        IDbContextFactory<DeskDbContext> dbFactory, MonitoringWindow window, bool withText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var clocksDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        var text = withText ? "c.\"ProductOrService\", c.\"Description\"" : "'', ''";
        await using var complaintsCommand = await CommandAsync(db, window, $"""
            SELECT c."Id", c."Reference", c."ReceivedAt", c."Status", c."ClosedAt", c."Channel", g."Name", c."Priority", c."AssigneeEmail",
                   {text}, c."EscalationLevel", c."Outcome", c."Satisfaction", c."RootCause", c."CorrectiveAction",
                   CASE WHEN c."Status" = 'AwaitingComplainant'
                        THEN (SELECT p."From" FROM "ComplaintPauses" AS p WHERE p."ComplaintId" = c."Id" AND p."To" IS NULL) END
            FROM "Complaints" AS c LEFT JOIN "Categories" AS g ON g."Id" = c."CategoryId"
            WHERE {RelevantSql} ORDER BY c."Id"
            """, cancellationToken);
        await using var complaints = await complaintsCommand.ExecuteReaderAsync(cancellationToken);
        await using var clocksCommand = await CommandAsync(clocksDb, window, $"""
            SELECT c."Id", k."Kind", k."Deadline", k."StoppedAt", k."Used"
            FROM "Complaints" AS c JOIN "ComplaintClocks" AS k ON k."ComplaintId" = c."Id"
            WHERE {RelevantSql} ORDER BY c."Id"
            """, cancellationToken);
        await using var clocks = await clocksCommand.ExecuteReaderAsync(cancellationToken);
        var hasClock = await clocks.ReadAsync(cancellationToken);
        while (await complaints.ReadAsync(cancellationToken))
        {
            var id = complaints.GetInt64(0);
            var own = new List<MonitoredClock>(3);
            for (; hasClock && clocks.GetInt64(0) <= id; hasClock = await clocks.ReadAsync(cancellationToken))
            {
                if (clocks.GetInt64(0) == id)
                {
                    own.Add(new MonitoredClock(
                        Enum.Parse<ClockKind>(clocks.GetString(1)), Instant(clocks, 2)!.Value, Instant(clocks, 3), clocks.GetFieldValue<TimeSpan>(4)));
                }
            }

            yield return new MonitoredComplaint(
                id,
                complaints.GetString(1),
                Instant(complaints, 2)!.Value,
                Enum.Parse<ComplaintStatus>(complaints.GetString(3)),
                Instant(complaints, 4),
                Enum.Parse<Channel>(complaints.GetString(5)),
                Text(complaints, 6),
                Enum.Parse<Priority>(complaints.GetString(7)),
                Text(complaints, 8),
                complaints.GetString(9),
                complaints.GetString(10),
                complaints.GetInt32(11),
                complaints.IsDBNull(12) ? null : Enum.Parse<ClosingOutcome>(complaints.GetString(12)),
                complaints.IsDBNull(13) ? null : complaints.GetInt32(13),
                Text(complaints, 14),
                Text(complaints, 15),
                own,
                Instant(complaints, 16));
        }
    }

    private const string RelevantSql = """c."ReceivedAt" < @end AND (c."ReceivedAt" >= @start OR c."ClosedAt" IS NULL OR c."ClosedAt" >= @start)""";

    private static async Task<DbCommand> CommandAsync(DeskDbContext db, MonitoringWindow window, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var sqlite = db.Database.IsSqlite();
        Parameter(command, "@start", window.Start, sqlite);
        Parameter(command, "@end", window.End, sqlite);
        return command;
    }

    // On SQLite written exactly as EF writes instants there, so text comparison orders them; PostgreSQL
    // compares its own timestamps (UtcInstantConverter).
    private static void Parameter(DbCommand command, string name, DateTimeOffset instant, bool sqlite)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = sqlite
            ? instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')
            : instant.UtcDateTime;
        command.Parameters.Add(parameter);
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null
        : reader.GetFieldType(column) == typeof(DateTime) ? new DateTimeOffset(reader.GetDateTime(column).Ticks, TimeSpan.Zero)
        : StoredInstant.Parse(reader.GetString(column));

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    // Tuples are made once the rows are read: PostgreSQL would be asked for a record, which it cannot return as one.

    /// <summary>Complainants of the same complaints in the same order, for the export with personal data only.</summary>
    public static IAsyncEnumerable<(long ComplaintId, string Name, string? Email, string? Phone)> ComplainantsAsync(DeskDbContext db, MonitoringWindow window) =>
        db.Complainants.AsNoTracking()
            .Join(db.Complaints, p => p.ComplaintId, c => c.Id, (p, c) => new { p, c })
            .Where(x => x.c.ReceivedAt >= window.Start && x.c.ReceivedAt < window.End)
            .OrderBy(x => x.c.Id)
            .Select(x => new { x.c.Id, x.p.Name, x.p.Email, x.p.Phone })
            .AsAsyncEnumerable()
            .Select(x => (x.Id, x.Name, x.Email, x.Phone));

    /// <summary>The alerts raised in the window, for the Escalations sheet.</summary>
    public static IAsyncEnumerable<(Escalations.Alert Alert, Priority Priority, string? Category)> AlertsAsync(DeskDbContext db, MonitoringWindow window) =>
        db.Alerts.AsNoTracking()
            .Where(a => a.RaisedAt >= window.Start && a.RaisedAt < window.End)
            .Join(db.Complaints, a => a.ComplaintId, c => c.Id, (a, c) => new { a, c.Priority, Category = c.Category == null ? null : c.Category.Name })
            .OrderBy(x => x.a.RaisedAt)
            .AsAsyncEnumerable()
            .Select(x => (x.a, x.Priority, x.Category));

    /// <summary>Every alert raised in the window (warnings included, at level 0).</summary>
    public static Task<List<MonitoredEvent>> EscalationsAsync(DeskDbContext db, MonitoringWindow window, CancellationToken cancellationToken) =>
        db.Alerts.AsNoTracking()
            .Where(a => a.RaisedAt >= window.Start && a.RaisedAt < window.End)
            .Join(db.Complaints, a => a.ComplaintId, c => c.Id, (a, c) => new MonitoredEvent(
                c.Reference,
                new GroupKeys(c.Category == null ? null : c.Category.Name, c.Channel, c.Priority, c.AssigneeEmail),
                a.Level,
                a.Trigger))
            .ToListAsync(cancellationToken);

    /// <summary>Decisions the complainant rejected in the window (each reopened the complaint).</summary>
    public static Task<List<MonitoredEvent>> ReopeningsAsync(DeskDbContext db, MonitoringWindow window, CancellationToken cancellationToken) =>
        db.TimelineEvents.AsNoTracking()
            .Where(e => e.Move == ComplaintMove.RejectDecision && e.At >= window.Start && e.At < window.End)
            .Join(db.Complaints, e => e.ComplaintId, c => c.Id, (e, c) => new MonitoredEvent(
                c.Reference,
                new GroupKeys(c.Category == null ? null : c.Category.Name, c.Channel, c.Priority, c.AssigneeEmail),
                c.EscalationLevel,
                null))
            .ToListAsync(cancellationToken);
}
