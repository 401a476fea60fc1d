using ComplaintDesk.Core.Sla;
using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>The warning instant is the deadline for a share of the target, so for a share in (0, 1] it never comes after it.</summary>
public sealed class WarningBeforeTheDeadline
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Comes_no_later_than_the_deadline_on_the_business_calendar(RunningClockCase r) => Check(r, aroundTheClock: false);

    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Comes_no_later_than_the_deadline_around_the_clock(RunningClockCase r) => Check(r, aroundTheClock: true);

    private static void Check(RunningClockCase r, bool aroundTheClock)
    {
        var clock = ClockMath.Evaluate(
            ClockKind.Respond, r.Case.Calendar.Build(), r.Case.Target, aroundTheClock, r.WarningShare,
            r.Case.ReceivedAt, r.Pauses, r.StoppedAt, r.Now);

        Assert.True(clock.WarningAt <= clock.Deadline, $"Warns {r.Case.Local(clock.WarningAt)}, due {r.Case.Local(clock.Deadline)}. {r}");
    }
}
