namespace ComplaintDesk.Core.Sla;

/// <summary>
/// One clock as it reads at <see cref="ReadAt"/>: target, deadline, warning instant, state, time held by
/// pauses, and the business time used so far (up to the stop, or the reading). Every screen and the API
/// show a clock from this one reading, so they cannot disagree.
/// </summary>
public sealed record SlaClock(
    ClockKind Kind,
    TimeSpan Target,
    DateTimeOffset Deadline,
    DateTimeOffset WarningAt,
    ClockState State,
    TimeSpan PausedFor,
    DateTimeOffset? StoppedAt,
    TimeSpan Elapsed)
{
    /// <summary>Held by a pause still open at the reading; a clock that breached before it stays <see cref="ClockState.Breached"/>.</summary>
    public bool Paused { get; init; }

    /// <summary>The instant the figures are for.</summary>
    public DateTimeOffset ReadAt { get; init; }

    /// <summary>
    /// While the clock is counting business time at the reading, the instant up to which <see cref="Left"/> and
    /// <see cref="Overdue"/> keep moving one for one with time (the end of the working stretch, at most a day on);
    /// null while they stand still (paused, stopped, or outside working hours).
    /// </summary>
    public DateTimeOffset? CountsUntil { get; init; }

    /// <summary>Business time left before the deadline; zero once it has passed.</summary>
    public TimeSpan Left => Target > Elapsed ? Target - Elapsed : TimeSpan.Zero;

    /// <summary>Business time past the deadline (paused time never counts); zero while the clock is in time.</summary>
    public TimeSpan Overdue => Elapsed > Target ? Elapsed - Target : TimeSpan.Zero;
}
