using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Streams what monitoring needs from the database, one complaint at a time, so a year fits in memory.</summary>
public static class MonitoringReader
{
    /// <summary>Complaints received in the window, finished in it, or open at its end (no personal data).</summary>
    public static IAsyncEnumerable<MonitoredComplaint> ComplaintsAsync(DeskDbContext db, MonitoringWindow window, bool withText) =>
        db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedAt < window.End && (c.ReceivedAt >= window.Start || c.ClosedAt == null || c.ClosedAt >= window.Start))
            .OrderBy(c => c.Id)
            .Select(c => new MonitoredComplaint(
                c.Id, c.Reference, c.ReceivedAt, c.Status, c.ClosedAt, c.Channel,
                c.Category == null ? null : c.Category.Name, c.Priority, c.AssigneeEmail,
                withText ? c.ProductOrService : "", withText ? c.Description : "",
                c.EscalationLevel, c.Outcome, c.Satisfaction, c.RootCause,
                c.Clocks.Select(k => new MonitoredClock(k.Kind, k.Deadline, k.StoppedAt, k.Used)).ToList()))
            .AsAsyncEnumerable();

    /// <summary>Complainants of the same complaints in the same order, for the export with personal data only.</summary>
    public static IAsyncEnumerable<(long ComplaintId, string Name, string? Email, string? Phone)> ComplainantsAsync(DeskDbContext db, MonitoringWindow window) =>
        db.Complainants.AsNoTracking()
            .Join(db.Complaints, p => p.ComplaintId, c => c.Id, (p, c) => new { p, c })
            .Where(x => x.c.ReceivedAt >= window.Start && x.c.ReceivedAt < window.End)
            .OrderBy(x => x.c.Id)
            .Select(x => ValueTuple.Create(x.c.Id, x.p.Name, x.p.Email, x.p.Phone))
            .AsAsyncEnumerable();

    /// <summary>The alerts raised in the window, for the Escalations sheet.</summary>
    public static IAsyncEnumerable<(Escalations.Alert Alert, Priority Priority, string? Category)> AlertsAsync(DeskDbContext db, MonitoringWindow window) =>
        db.Alerts.AsNoTracking()
            .Where(a => a.RaisedAt >= window.Start && a.RaisedAt < window.End)
            .Join(db.Complaints, a => a.ComplaintId, c => c.Id, (a, c) => new { a, c.Priority, Category = c.Category == null ? null : c.Category.Name })
            .OrderBy(x => x.a.RaisedAt)
            .Select(x => ValueTuple.Create(x.a, x.Priority, x.Category))
            .AsAsyncEnumerable();

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
