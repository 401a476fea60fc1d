using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// The working interval of a local day worked out another way than <see cref="LocalTimes"/>: try the
/// zone's offsets either side of the day and keep those whose instant shows the wanted wall-clock
/// time (first for a start, last for an end); in a spring-forward gap step a minute at a time to
/// the first instant showing a later time. Only the zone's own rules are shared with the engine.
/// </summary>
internal static class IndependentWorkingHours
{
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static Interval? Of(CalendarSpec calendar, DateOnly day) =>
        calendar.Works(day)
            ? new Interval(
                Instant(day.ToDateTime(calendar.Start), calendar.Zone, first: true),
                Instant(day.ToDateTime(calendar.End), calendar.Zone, first: false))
            : null;

    public static Interval? Of(CalendarSpec calendar, DateTimeOffset instant) => Of(calendar, LocalDate(instant, calendar.Zone));

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone, bool first)
    {
        var offsets = new[] { zone.GetUtcOffset(local.AddDays(-1)), zone.GetUtcOffset(local.AddDays(1)) }.Distinct().ToList();
        var showing = offsets
            .Select(o => new DateTimeOffset(local, o))
            .Where(i => TimeZoneInfo.ConvertTime(i, zone).DateTime == local)
            .Order()
            .ToList();
        if (showing.Count > 0)
        {
            return first ? showing[0] : showing[^1];
        }

        var step = new DateTimeOffset(local, offsets.Max());
        while (TimeZoneInfo.ConvertTime(step, zone).DateTime < local)
        {
            step = step.AddMinutes(1);
        }

        return step;
    }
}
