using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// One of a complaint's three clocks as stored: the target it runs to, its deadline and warning
/// instant, and when it stopped. Once stopped and settled it never changes again, whatever the
/// policy or calendar become.
/// </summary>
public sealed class ComplaintClock
{
    private ComplaintClock()
    {
    }

    internal ComplaintClock(ClockKind kind)
    {
        Kind = kind;
    }

    public ClockKind Kind { get; private set; }

    public TimeSpan Target { get; private set; }

    public bool AroundTheClock { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    public DateTimeOffset WarningAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>The time the clock counted (business time, or all time around the clock) up to its stop; final once settled.</summary>
    public TimeSpan Used { get; private set; }

    /// <summary>The business time it spent paused up to its stop; null for clocks settled before this was kept.</summary>
    public TimeSpan? PausedFor { get; private set; }

    /// <summary>Its final figures are worked out; nothing may recompute it any more.</summary>
    public bool Settled { get; private set; }

    /// <summary>Its warning alert was raised (or skipped because the breach came first).</summary>
    public bool WarningRaised { get; private set; }

    public bool BreachRaised { get; private set; }

    /// <summary>The next instant at which this clock has an alert to raise, if it runs.</summary>
    internal DateTimeOffset? NextAlarmAt =>
        StoppedAt is not null || BreachRaised ? null : WarningRaised ? Deadline : WarningAt;

    internal void Stop(DateTimeOffset at) => StoppedAt ??= at;

    internal void MarkWarningRaised() => WarningRaised = true;

    internal void MarkBreachRaised() => (WarningRaised, BreachRaised) = (true, true);

    internal void Settle(SlaClock worked, bool aroundTheClock)
    {
        Target = worked.Target;
        AroundTheClock = aroundTheClock;
        Deadline = worked.Deadline;
        WarningAt = worked.WarningAt;
        Used = worked.Elapsed;
        PausedFor = worked.PausedFor;
        Settled = StoppedAt is not null;
    }
}
