using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>A late clock of a complaint received in the month: only what the Breaches sheet shows, so a year's worth stays small.</summary>
internal sealed record BreachRow(
    string Reference, ClockKind Clock, DateTimeOffset Deadline, DateTimeOffset? StoppedAt, Priority Priority, string? Category, string? Assignee, ComplaintStatus Status)
{
    public static BreachRow Of(MonitoredComplaint complaint, MonitoredClock clock) => new(
        complaint.Reference, clock.Kind, clock.Deadline, clock.StoppedAt, complaint.Priority, complaint.Category, complaint.Assignee, complaint.Status);
}
