using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>A clock as monitoring reads it from the database.</summary>
public sealed record MonitoredClock(ClockKind Kind, DateTimeOffset Deadline, DateTimeOffset? StoppedAt, TimeSpan Used)
{
    /// <summary>On time if stopped by its deadline; late if stopped after it, or still running with the deadline reached (as the SLA engine says breached).</summary>
    /// <remarks>
    /// A paused clock's stored deadline moves on while it waits, so it is late only if the deadline had
    /// passed before the pause began (a breach before a pause stays a breach).
    /// </remarks>
    public ClockOutcome OutcomeAt(DateTimeOffset asOf, DateTimeOffset? pausedSince) => StoppedAt switch
    {
        { } stopped => stopped <= Deadline ? ClockOutcome.OnTime : ClockOutcome.Late,
        null when Deadline <= asOf && (pausedSince is not { } since || Deadline <= since) => ClockOutcome.Late,
        _ => ClockOutcome.NotYetDue,
    };
}
