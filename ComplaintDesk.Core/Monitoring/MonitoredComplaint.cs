using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>What monitoring reads of one complaint: no complainant personal data.</summary>
public sealed record MonitoredComplaint(
    long Id,
    string Reference,
    DateTimeOffset ReceivedAt,
    ComplaintStatus Status,
    DateTimeOffset? ClosedAt,
    Channel Channel,
    string? Category,
    Priority Priority,
    string? Assignee,
    string ProductOrService,
    string Description,
    int EscalationLevel,
    ClosingOutcome? Outcome,
    int? Satisfaction,
    string? RootCause,
    string? CorrectiveAction,
    IReadOnlyList<MonitoredClock> Clocks,
    DateTimeOffset? PausedSince)
{
    public GroupKeys Keys => new(Category, Channel, Priority, Assignee);

    public MonitoredClock? Clock(ClockKind kind) => Clocks.FirstOrDefault(c => c.Kind == kind);
}
