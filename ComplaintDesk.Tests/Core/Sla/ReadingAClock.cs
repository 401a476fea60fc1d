using ComplaintDesk.Core.Sla;
using static ComplaintDesk.Tests.Core.Sla.Calendars;

namespace ComplaintDesk.Tests.Core.Sla;

/// <summary>
/// A 4-hour clock on Istanbul's calendar (Monday to Friday 09:00–18:00), read at an instant: its state, whether a
/// pause holds it, and the business time left or overdue. Monday 23 November 2026 received at 09:00 is due at 13:00.
/// </summary>
public sealed class ReadingAClock
{
    private static readonly BusinessCalendar _desk = Istanbul();

    private static SlaClock Read(
        DateTimeOffset received, DateTimeOffset now, DateTimeOffset? stoppedAt = null, params (DateTimeOffset, DateTimeOffset?)[] pauses) =>
        ClockMath.Evaluate(ClockKind.Respond, _desk, TimeSpan.FromHours(4), false, 0.75, received, pauses, stoppedAt, now);

    [Fact]
    public void Breached_then_paused_reads_breached_and_paused_with_the_overdue_held_where_the_pause_began()
    {
        var clock = Read(Istanbul(11, 23, 9), Istanbul(11, 25, 10), null, (Istanbul(11, 23, 15), null));

        Assert.Equal((ClockState.Breached, true), (clock.State, clock.Paused));
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromHours(2)), (clock.Left, clock.Overdue));
        Assert.Null(clock.CountsUntil);
    }

    [Fact]
    public void Paused_before_the_breach_reads_paused_with_the_business_time_left()
    {
        var clock = Read(Istanbul(11, 23, 9), Istanbul(11, 24, 16), null, (Istanbul(11, 23, 10), null));

        Assert.Equal((ClockState.Paused, true), (clock.State, clock.Paused));
        Assert.Equal((TimeSpan.FromHours(3), TimeSpan.Zero), (clock.Left, clock.Overdue));
        Assert.Null(clock.CountsUntil);
    }

    [Fact]
    public void Overdue_counts_business_time_only_across_a_weekend_and_a_night()
    {
        // Received Friday 27th at 15:00: three hours on Friday, one on Monday, due Monday 30th at 10:00.
        var received = Istanbul(11, 27, 15);

        var mondayNight = Read(received, Istanbul(11, 30, 22));
        var tuesdayMorning = Read(received, Istanbul(12, 1, 10, 30));

        Assert.Equal((ClockState.Breached, false), (mondayNight.State, mondayNight.Paused));
        Assert.Equal(TimeSpan.FromHours(8), mondayNight.Overdue);
        Assert.Equal(TimeSpan.FromHours(9.5), tuesdayMorning.Overdue);
    }

    [Fact]
    public void Counts_on_until_the_end_of_the_working_day_and_stands_still_outside_it()
    {
        var received = Istanbul(11, 27, 15);

        var friday = Read(received, Istanbul(11, 27, 16));
        var saturday = Read(received, Istanbul(11, 28, 12));

        Assert.Equal((TimeSpan.FromHours(3), Istanbul(11, 27, 18)), (friday.Left, friday.CountsUntil));
        Assert.Equal((TimeSpan.FromHours(1), (DateTimeOffset?)null), (saturday.Left, saturday.CountsUntil));
    }

    [Fact]
    public void Met_in_time_reads_met_with_nothing_overdue_and_stands_still()
    {
        var clock = Read(Istanbul(11, 23, 9), Istanbul(11, 25, 10), Istanbul(11, 23, 12));

        Assert.Equal((ClockState.Met, false, TimeSpan.Zero), (clock.State, clock.Paused, clock.Overdue));
        Assert.Null(clock.CountsUntil);
    }

    [Fact]
    public void Met_late_reads_met_late_with_the_business_time_it_was_overdue_at_the_stop()
    {
        // Due Monday 13:00, stopped Tuesday 10:30: five hours on Monday and one and a half on Tuesday.
        var clock = Read(Istanbul(11, 23, 9), Istanbul(11, 27, 10), Istanbul(11, 24, 10, 30));

        Assert.Equal((ClockState.MetLate, TimeSpan.FromHours(6.5)), (clock.State, clock.Overdue));
        Assert.Null(clock.CountsUntil);
    }
}
