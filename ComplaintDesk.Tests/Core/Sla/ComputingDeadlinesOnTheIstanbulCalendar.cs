using ComplaintDesk.Core.Sla;
using static ComplaintDesk.Tests.Core.Sla.Calendars;

namespace ComplaintDesk.Tests.Core.Sla;

/// <summary>Monday 23 November 2026 to Friday 27 November; 1 December 2026 is made a holiday (a Tuesday).</summary>
public sealed class ComputingDeadlinesOnTheIstanbulCalendar
{
    private static readonly BusinessCalendar _desk = Istanbul(new DateOnly(2026, 12, 1));

    private static DateTimeOffset Deadline(DateTimeOffset received, TimeSpan target, params Interval[] pauses) =>
        BusinessTime.Deadline(_desk, aroundTheClock: false, received, target, pauses);

    [Fact]
    public void Received_before_opening_starts_accruing_at_opening()
    {
        Assert.Equal(Istanbul(11, 23, 13), Deadline(Istanbul(11, 23, 7, 30), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Received_after_closing_starts_accruing_the_next_working_morning()
    {
        Assert.Equal(Istanbul(11, 24, 11), Deadline(Istanbul(11, 23, 19, 45), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Received_on_a_Friday_evening_waits_for_Monday()
    {
        Assert.Equal(Istanbul(11, 30, 13), Deadline(Istanbul(11, 27, 18, 30), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Received_on_a_holiday_eve_skips_the_holiday()
    {
        // Monday 30 November 17:00: one hour that day, none on the holiday, three on Wednesday.
        Assert.Equal(Istanbul(12, 2, 12), Deadline(Istanbul(11, 30, 17), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_target_that_ends_exactly_at_closing_is_due_at_closing_that_day()
    {
        Assert.Equal(Istanbul(11, 23, 18), Deadline(Istanbul(11, 23, 9), TimeSpan.FromHours(9)));
        Assert.Equal(Istanbul(11, 23, 18), Deadline(Istanbul(11, 23, 14), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_multi_day_target_skips_weekends_and_holidays()
    {
        // Thursday 26 Nov 10:00, five working days of 9 h: Thu 8, Fri 9, Mon 9, (Tue holiday), Wed 9, Thu 9, Fri 1.
        Assert.Equal(Istanbul(12, 4, 10), Deadline(Istanbul(11, 26, 10), TimeSpan.FromHours(45)));
    }

    [Fact]
    public void A_pause_across_a_weekend_moves_the_deadline_by_the_business_time_it_held()
    {
        var received = Istanbul(11, 26, 9);
        var pause = new Interval(Istanbul(11, 27, 16), Istanbul(11, 30, 11));

        var without = Deadline(received, TimeSpan.FromHours(20));
        var with = Deadline(received, TimeSpan.FromHours(20), pause);

        Assert.Equal(Istanbul(11, 30, 11), without);
        // Paused: Friday 16–18 and Monday 9–11, four business hours.
        Assert.Equal(Istanbul(11, 30, 15), with);
        Assert.Equal(TimeSpan.FromHours(4), BusinessTime.Accrued(_desk, aroundTheClock: false, pause));
    }

    [Fact]
    public void Around_the_clock_accrues_all_elapsed_time_except_pauses()
    {
        var received = Istanbul(11, 27, 22);
        var pause = new Interval(Istanbul(11, 28, 1), Istanbul(11, 28, 3));

        Assert.Equal(Istanbul(11, 28, 2), BusinessTime.Deadline(_desk, true, received, TimeSpan.FromHours(4), []));
        Assert.Equal(Istanbul(11, 28, 4), BusinessTime.Deadline(_desk, true, received, TimeSpan.FromHours(4), [pause]));
    }

    [Fact]
    public void A_calendar_without_working_days_is_refused_at_once()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Zone("Europe/Istanbul"), [], new TimeOnly(9, 0), new TimeOnly(18, 0), []));
    }
}
