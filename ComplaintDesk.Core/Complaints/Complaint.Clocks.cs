using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The complaint's SLA clocks: worked out after every move from the settings in force.</summary>
public sealed partial class Complaint
{
    private readonly List<ComplaintClock> _clocks = [];
    private readonly List<ComplaintPause> _pauses = [];

    public IReadOnlyList<ComplaintClock> Clocks => _clocks;

    public IReadOnlyList<ComplaintPause> Pauses => _pauses;

    public bool IsPaused => _pauses.Any(p => p.To is null);

    /// <summary>The earliest deadline of a running clock; null when none runs or the complaint is paused.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    public DateTimeOffset? NextWarningAt { get; private set; }

    public ClockKind? NextDueKind { get; private set; }

    /// <summary>The next warning or deadline with an alert still to raise; null when none or paused. Indexed for the sweep.</summary>
    public DateTimeOffset? NextAlarmAt { get; private set; }

    /// <summary>
    /// Recomputes every clock not yet settled, from receipt, with the policy for the complaint's
    /// priority and category: a stop just made gets its final figures, a running clock its current deadline.
    /// </summary>
    public void SettleClocks(ISlaSettings sla, DateTimeOffset now)
    {
        var policy = sla.PolicyFor(Priority, Category?.Name);
        var pauses = _pauses.Select(p => (p.From, p.To)).ToList();
        foreach (var clock in _clocks.Where(c => !c.Settled))
        {
            var worked = ClockMath.Evaluate(
                clock.Kind, sla.Calendar, policy.TargetFor(clock.Kind), policy.AroundTheClock, sla.WarningShare,
                ReceivedAt, pauses, clock.StoppedAt, now);
            clock.Settle(worked, policy.AroundTheClock);
        }

        var next = IsPaused ? null : _clocks.Where(c => c.StoppedAt is null).MinBy(c => c.Deadline);
        (NextDueAt, NextWarningAt, NextDueKind) = (next?.Deadline, next?.WarningAt, next?.Kind);
        UpdateNextAlarm();
    }

    /// <summary>
    /// Settles the clocks again under changed settings. A complaint whose deadlines moved gets a new
    /// version, so a move someone made on the old figures is refused as stale rather than writing them back.
    /// </summary>
    internal bool ResettleClocks(ISlaSettings sla, DateTimeOffset now)
    {
        var before = _clocks.Select(c => (c.Deadline, c.WarningAt)).ToList();
        SettleClocks(sla, now);
        if (before.SequenceEqual(_clocks.Select(c => (c.Deadline, c.WarningAt))))
        {
            return false;
        }

        Version++;
        return true;
    }

    private void UpdateNextAlarm() =>
        NextAlarmAt = IsPaused || !Status.IsOpen() ? null : _clocks.Select(c => c.NextAlarmAt).Where(at => at is not null).Min();

    /// <summary>
    /// The clocks as they stand at <paramref name="now"/>: a settled clock as it was settled (a later
    /// calendar or policy never rewrites it), a running one worked out again (an open pause keeps moving its deadline).
    /// </summary>
    public IReadOnlyList<SlaClock> ClocksAt(ISlaSettings sla, DateTimeOffset now)
    {
        var pauses = _pauses.Select(p => (p.From, p.To)).ToList();
        return _clocks.OrderBy(c => c.Kind).Select(clock =>
        {
            var worked = ClockMath.Evaluate(
                clock.Kind, sla.Calendar, clock.Target, clock.AroundTheClock, sla.WarningShare, ReceivedAt, pauses, clock.StoppedAt, now);
            return clock.Settled
                ? worked with
                {
                    Deadline = clock.Deadline,
                    WarningAt = clock.WarningAt,
                    State = ClockMath.StateAt(clock.Deadline, clock.WarningAt, clock.StoppedAt, false, now),
                    Elapsed = clock.Used,
                    PausedFor = clock.PausedFor ?? worked.PausedFor,
                }
                : worked;
        }).ToList();
    }

    private void StartClocks() => _clocks.AddRange(Enum.GetValues<ClockKind>().Select(kind => new ComplaintClock(kind)));

    private void StopClock(ClockKind kind, DateTimeOffset at) => _clocks.Single(c => c.Kind == kind).Stop(at);
}
