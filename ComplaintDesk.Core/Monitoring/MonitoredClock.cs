using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>A clock as monitoring reads it from the database.</summary>
public sealed record MonitoredClock(ClockKind Kind, DateTimeOffset Deadline, DateTimeOffset? StoppedAt, TimeSpan Used)
{
    /// <remarks>A paused complaint's running clock is not yet due: its deadline moves on while it waits.</remarks>
    public ClockOutcome OutcomeAt(DateTimeOffset asOf, bool paused) => StoppedAt switch
    {
        { } stopped => stopped <= Deadline ? ClockOutcome.OnTime : ClockOutcome.Late,
        null when !paused && Deadline < asOf => ClockOutcome.Late,
        _ => ClockOutcome.NotYetDue,
    };
}
