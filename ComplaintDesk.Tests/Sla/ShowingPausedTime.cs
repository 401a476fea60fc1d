using ComplaintDesk.Core.Sla;
using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// Paused time is shown. It is the time the pauses held back: working time inside them on
/// the business calendar, all of it around the clock; an open pause counts up to now or the stop.
/// </summary>
public sealed class ShowingPausedTime
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Counts_the_working_time_inside_the_pauses_on_the_business_calendar(RunningClockCase r) =>
        Check(r, aroundTheClock: false, p => ReferenceWorkingTime.In(r.Case.Calendar, p));

    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Counts_all_the_time_inside_the_pauses_around_the_clock(RunningClockCase r) =>
        Check(r, aroundTheClock: true, p => p.Length);

    private static void Check(RunningClockCase r, bool aroundTheClock, Func<Interval, TimeSpan> held)
    {
        var clock = ClockMath.Evaluate(
            ClockKind.Acknowledge, r.Case.Calendar.Build(), r.Case.Target, aroundTheClock, r.WarningShare,
            r.Case.ReceivedAt, r.Pauses, r.StoppedAt, r.Now);

        var end = r.StoppedAt ?? r.Now;
        var expected = r.Pauses
            .Where(p => p.From < end)
            .Select(p => new Interval(p.From, p.To is { } to && to < end ? to : end))
            .Aggregate(TimeSpan.Zero, (sum, p) => sum + held(p));
        Assert.True(expected == clock.PausedFor, $"Paused for {clock.PausedFor}, expected {expected}. {r}");
    }
}
