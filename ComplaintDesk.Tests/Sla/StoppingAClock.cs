using ComplaintDesk.Core.Sla;
using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// A clock stopped at or before the deadline it showed while running is met; stopped
/// after it, met late, and the deadline it keeps is the one it showed.
/// </summary>
public sealed class StoppingAClock
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Is_met_up_to_its_running_deadline_and_met_late_after_it(StoppedClockCase s)
    {
        var c = s.Case;
        var pauses = c.Pauses.Select(p => (p.From, (DateTimeOffset?)p.To)).ToList();
        var afterPauses = c.Pauses.Count == 0 ? c.ReceivedAt : c.Pauses[^1].To;
        var running = Evaluate(c, pauses, stoppedAt: null, now: afterPauses.AddMinutes(1));
        var stop = running.Deadline + s.Shift < c.ReceivedAt ? c.ReceivedAt : running.Deadline + s.Shift;

        var stopped = Evaluate(c, pauses, stop, now: stop.AddDays(1));

        var expected = stop <= running.Deadline ? ClockState.Met : ClockState.MetLate;
        Assert.True(expected == stopped.State, $"Stopped {c.Local(stop)}: {stopped.State}, expected {expected} (due {c.Local(running.Deadline)}). {s}");
        if (stop >= running.Deadline)
        {
            Assert.Equal(running.Deadline, stopped.Deadline);
        }
    }

    private static SlaClock Evaluate(
        DeadlineCase c, IReadOnlyList<(DateTimeOffset From, DateTimeOffset? To)> pauses, DateTimeOffset? stoppedAt, DateTimeOffset now) =>
        ClockMath.Evaluate(ClockKind.Resolve, c.Calendar.Build(), c.Target, aroundTheClock: false, 0.75, c.ReceivedAt, pauses, stoppedAt, now);
}
