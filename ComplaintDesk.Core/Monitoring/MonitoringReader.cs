using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Streams what monitoring needs from the database, one complaint at a time, so a year fits in memory.</summary>
internal static class MonitoringReader
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
