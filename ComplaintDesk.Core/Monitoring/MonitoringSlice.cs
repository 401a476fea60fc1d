using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>
/// The complaints behind one figure: a measure, optionally within one group of a breakdown and, for
/// on time and late, one clock; closed ones with one root cause; escalations of one level and
/// trigger. Decided with the same window rules the figures are counted with.
/// </summary>
public sealed record MonitoringSlice(
    MonitoringMeasure Measure,
    MonitoringDimension? Dimension = null,
    string? Key = null,
    ClockKind? Clock = null,
    string? RootCause = null,
    int? Level = null,
    AlertTrigger? Trigger = null)
{
    /// <summary>Escalations count levels 1 to 3 unless a level is asked for (level 0 are the assignee's warnings).</summary>
    public bool IncludesEscalation(MonitoredEvent escalation) =>
        InGroup(escalation.Keys) &&
        (Level is { } level ? escalation.Level == level : escalation.Level >= 1) &&
        (Trigger is null || escalation.Trigger == Trigger);

    public bool InGroup(GroupKeys keys) => Dimension is not { } dimension || keys.For(dimension) == Key;

    public bool Matches(MonitoredComplaint complaint, MonitoringWindow window) =>
        InGroup(complaint.Keys) && (RootCause is null || complaint.RootCause == RootCause) && Measure switch
    {
        MonitoringMeasure.Received => window.Contains(complaint.ReceivedAt),
        MonitoringMeasure.Closed => Finished(complaint, window) && complaint.Status == ComplaintStatus.Closed,
        MonitoringMeasure.Withdrawn => Finished(complaint, window) && complaint.Status == ComplaintStatus.Withdrawn,
        MonitoringMeasure.OpenAtEnd => window.OpenAtEnd(complaint),
        MonitoringMeasure.OnTime => HasClockOutcome(complaint, window, ClockOutcome.OnTime),
        MonitoringMeasure.Late => HasClockOutcome(complaint, window, ClockOutcome.Late),
        _ => false,
    };

    private static bool Finished(MonitoredComplaint complaint, MonitoringWindow window) =>
        complaint.ClosedAt is { } finished && window.Contains(finished);

    private bool HasClockOutcome(MonitoredComplaint complaint, MonitoringWindow window, ClockOutcome outcome) =>
        window.Contains(complaint.ReceivedAt) &&
        complaint.Clocks.Any(c => (Clock is null || c.Kind == Clock) && window.Outcome(complaint, c) == outcome);
}
