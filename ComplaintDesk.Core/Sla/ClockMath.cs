namespace ComplaintDesk.Core.Sla;

/// <summary>
/// Works out a clock from its inputs only: calendar, target, receipt, pauses, stop and now. A pause
/// still open counts up to now (or to the stop); pauses after the stop do not count.
/// </summary>
public static class ClockMath
{
    public static SlaClock Evaluate(
        ClockKind kind,
        BusinessCalendar calendar,
        TimeSpan target,
        bool aroundTheClock,
        double warningShare,
        DateTimeOffset receivedAt,
        IReadOnlyList<(DateTimeOffset From, DateTimeOffset? To)> pauses,
        DateTimeOffset? stoppedAt,
        DateTimeOffset now)
    {
        var end = stoppedAt ?? now;
        var closed = pauses
            .Where(p => p.From < end)
            .Select(p => new Interval(p.From, p.To is { } to && to < end ? to : end))
            .ToList();
        var deadline = BusinessTime.Deadline(calendar, aroundTheClock, receivedAt, target, closed);
        var warningAt = BusinessTime.Deadline(calendar, aroundTheClock, receivedAt, target * warningShare, closed);
        var pausedFor = closed.Aggregate(TimeSpan.Zero, (sum, p) => sum + BusinessTime.Accrued(calendar, aroundTheClock, p));
        var pausedNow = stoppedAt is null && pauses.Any(p => p.To is null && p.From <= now);
        var elapsed = end > receivedAt ? BusinessTime.Accrued(calendar, aroundTheClock, new Interval(receivedAt, end)) - pausedFor : TimeSpan.Zero;
        return new SlaClock(
            kind, target, deadline, warningAt, StateAt(deadline, warningAt, stoppedAt, pausedNow, now), pausedFor, stoppedAt,
            elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero)
        {
            Paused = pausedNow,
            ReadAt = now,
            CountsUntil = stoppedAt is null && !pausedNow ? BusinessTime.CountingUntil(calendar, aroundTheClock, now) : null,
        };
    }

    public static ClockState StateAt(
        DateTimeOffset deadline, DateTimeOffset warningAt, DateTimeOffset? stoppedAt, bool pausedNow, DateTimeOffset now) =>
        stoppedAt is { } stop ? (stop <= deadline ? ClockState.Met : ClockState.MetLate)
        : now >= deadline ? ClockState.Breached
        : pausedNow ? ClockState.Paused
        : now >= warningAt ? ClockState.Warning
        : ClockState.Running;
}
