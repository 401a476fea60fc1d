using ComplaintDesk.Core.Sla;
using static ComplaintDesk.Tests.Core.Sla.Calendars;

namespace ComplaintDesk.Tests.Core.Sla;

/// <summary>
/// Working hours that straddle the change. 2026: Berlin springs forward on 29 March (02:00 → 03:00)
/// and falls back on 25 October (03:00 → 02:00); New York on 8 March (02:00 → 03:00) and 1 November
/// (02:00 → 01:00).
/// </summary>
public sealed class ComputingDeadlinesAcrossDaylightSaving
{
    [Fact]
    public void A_Berlin_spring_forward_day_of_01_to_05_holds_three_hours()
    {
        var calendar = EveryDay("Europe/Berlin", new TimeOnly(1, 0), new TimeOnly(5, 0));
        var opening = At(2026, 3, 29, 1, 0, 1);

        Assert.Equal(TimeSpan.FromHours(3), BusinessTime.Accrued(calendar, false, new Interval(opening, At(2026, 3, 29, 23, 0, 2))));
        Assert.Equal(At(2026, 3, 29, 5, 0, 2), BusinessTime.Deadline(calendar, false, opening, TimeSpan.FromHours(3), []));
        Assert.Equal(At(2026, 3, 30, 2, 0, 2), BusinessTime.Deadline(calendar, false, opening, TimeSpan.FromHours(4), []));
    }

    [Fact]
    public void A_start_in_the_spring_forward_gap_opens_at_the_first_instant_after_it()
    {
        var calendar = EveryDay("Europe/Berlin", new TimeOnly(2, 30), new TimeOnly(6, 0));

        var day = calendar.WorkingInterval(new DateOnly(2026, 3, 29))!.Value;

        Assert.Equal(At(2026, 3, 29, 3, 0, 2), day.From);
        Assert.Equal(TimeSpan.FromHours(3), day.Length);
    }

    [Fact]
    public void A_Berlin_fall_back_day_of_01_to_05_holds_five_hours()
    {
        var calendar = EveryDay("Europe/Berlin", new TimeOnly(1, 0), new TimeOnly(5, 0));
        var opening = At(2026, 10, 25, 1, 0, 2);

        Assert.Equal(At(2026, 10, 25, 5, 0, 1), BusinessTime.Deadline(calendar, false, opening, TimeSpan.FromHours(5), []));
    }

    [Fact]
    public void A_time_that_happens_twice_opens_at_its_first_occurrence_and_closes_at_its_second()
    {
        var calendar = EveryDay("Europe/Berlin", new TimeOnly(2, 30), new TimeOnly(2, 45));

        var day = calendar.WorkingInterval(new DateOnly(2026, 10, 25))!.Value;

        Assert.Equal(At(2026, 10, 25, 2, 30, 2), day.From);
        Assert.Equal(At(2026, 10, 25, 2, 45, 1), day.To);
        Assert.Equal(TimeSpan.FromMinutes(75), day.Length);
    }

    [Fact]
    public void New_York_spring_forward_and_fall_back_days_hold_one_hour_less_and_more()
    {
        var calendar = EveryDay("America/New_York", new TimeOnly(0, 30), new TimeOnly(4, 0));

        Assert.Equal(TimeSpan.FromMinutes(150), calendar.WorkingInterval(new DateOnly(2026, 3, 8))!.Value.Length);
        Assert.Equal(TimeSpan.FromMinutes(270), calendar.WorkingInterval(new DateOnly(2026, 11, 1))!.Value.Length);
        Assert.Equal(TimeSpan.FromMinutes(210), calendar.WorkingInterval(new DateOnly(2026, 11, 2))!.Value.Length);
        Assert.Equal(
            At(2026, 11, 1, 4, 0, -5),
            BusinessTime.Deadline(calendar, false, At(2026, 11, 1, 0, 30, -4), TimeSpan.FromMinutes(270), []));
    }

    [Fact]
    public void Around_the_clock_counts_real_elapsed_time_over_the_change()
    {
        var calendar = EveryDay("America/New_York", new TimeOnly(9, 0), new TimeOnly(17, 0));

        // 00:00 EST + 4 h of real time is 05:00 EDT on the spring-forward night.
        Assert.Equal(At(2026, 3, 8, 5, 0, -4), BusinessTime.Deadline(calendar, true, At(2026, 3, 8, 0, 0, -5), TimeSpan.FromHours(4), []));
    }
}
