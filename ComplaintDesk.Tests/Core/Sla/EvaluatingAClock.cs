using ComplaintDesk.Core.Sla;
using Microsoft.Extensions.Time.Testing;
using static ComplaintDesk.Tests.Core.Sla.Calendars;

namespace ComplaintDesk.Tests.Core.Sla;

/// <summary>A 4-hour clock received Monday 23 November 2026 at 09:00 in Istanbul: warning at 12:00, due at 13:00.</summary>
public sealed class EvaluatingAClock
{
    private static readonly BusinessCalendar _desk = Istanbul();
    private static readonly DateTimeOffset _received = Istanbul(11, 23, 9);
    private readonly FakeTimeProvider _time = new(_received);

    private SlaClock Evaluate(DateTimeOffset? stoppedAt = null, params (DateTimeOffset, DateTimeOffset?)[] pauses) =>
        ClockMath.Evaluate(ClockKind.Acknowledge, _desk, TimeSpan.FromHours(4), false, 0.75, _received, pauses, stoppedAt, _time.GetUtcNow());

    [Fact]
    public void Runs_then_warns_at_75_percent_then_breaches()
    {
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ClockState.Running, Evaluate().State);

        _time.Advance(TimeSpan.FromHours(1));
        var warning = Evaluate();
        Assert.Equal((ClockState.Warning, Istanbul(11, 23, 12), Istanbul(11, 23, 13)), (warning.State, warning.WarningAt, warning.Deadline));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(ClockState.Breached, Evaluate().State);
    }

    [Fact]
    public void Is_met_when_stopped_in_time_and_met_late_after_the_deadline()
    {
        _time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(ClockState.Met, Evaluate(stoppedAt: Istanbul(11, 23, 13)).State);
        Assert.Equal(ClockState.MetLate, Evaluate(stoppedAt: Istanbul(11, 23, 13, 1)).State);
    }

    [Fact]
    public void Pauses_while_awaiting_the_complainant_and_moves_its_deadline_on()
    {
        _time.Advance(TimeSpan.FromHours(5));
        var paused = Evaluate(null, (Istanbul(11, 23, 10), null));

        // One hour accrued before the pause; from now (14:00) three more are needed.
        Assert.Equal((ClockState.Paused, Istanbul(11, 23, 17), TimeSpan.FromHours(4)), (paused.State, paused.Deadline, paused.PausedFor));

        var resumed = Evaluate(null, (Istanbul(11, 23, 10), Istanbul(11, 23, 14)));
        Assert.Equal((ClockState.Running, Istanbul(11, 23, 17)), (resumed.State, resumed.Deadline));
    }

    [Fact]
    public void A_breach_before_the_pause_stays_a_breach()
    {
        _time.Advance(TimeSpan.FromHours(6));

        Assert.Equal(ClockState.Breached, Evaluate(null, (Istanbul(11, 23, 14), null)).State);
    }

    [Fact]
    public void Pauses_after_the_stop_do_not_count()
    {
        _time.Advance(TimeSpan.FromDays(1));

        var clock = Evaluate(Istanbul(11, 23, 11), (Istanbul(11, 23, 12), Istanbul(11, 23, 15)));

        Assert.Equal((ClockState.Met, TimeSpan.Zero, Istanbul(11, 23, 13)), (clock.State, clock.PausedFor, clock.Deadline));
    }

    [Fact]
    public void Counts_the_business_time_used_without_the_paused_part()
    {
        _time.Advance(TimeSpan.FromHours(5));

        Assert.Equal(TimeSpan.FromHours(5), Evaluate().Elapsed);
        Assert.Equal(TimeSpan.FromHours(1), Evaluate(null, (Istanbul(11, 23, 10), null)).Elapsed);
        Assert.Equal(TimeSpan.FromHours(2), Evaluate(Istanbul(11, 23, 11)).Elapsed);
    }
}
