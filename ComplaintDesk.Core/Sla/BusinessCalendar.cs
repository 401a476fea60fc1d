using System.Collections.Concurrent;

namespace ComplaintDesk.Core.Sla;

/// <summary>
/// When the desk works: an IANA time zone, working days, one working interval per day [Start, End)
/// in local time, and whole local days off. Local times become instants through the zone's own
/// rules, so daylight-saving changes need no special case here.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly ConcurrentDictionary<DateOnly, Interval?> _days = new();

    public BusinessCalendar(
        TimeZoneInfo zone, IEnumerable<DayOfWeek> workingDays, TimeOnly start, TimeOnly end, IEnumerable<DateOnly> holidays)
    {
        if (end <= start)
        {
            throw new ArgumentException("The working day must end after it starts.", nameof(end));
        }

        Zone = zone;
        WorkingDays = workingDays.ToHashSet();
        if (WorkingDays.Count == 0)
        {
            throw new ArgumentException("A calendar needs at least one working day.", nameof(workingDays));
        }

        Start = start;
        End = end;
        Holidays = holidays.ToHashSet();
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlySet<DayOfWeek> WorkingDays { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The working interval of a local day, or null for a weekend day or holiday. Remembered per day.</summary>
    public Interval? WorkingInterval(DateOnly day) => _days.GetOrAdd(day, static (d, calendar) => calendar.Compute(d), this);

    private Interval? Compute(DateOnly day) =>
        !WorkingDays.Contains(day.DayOfWeek) || Holidays.Contains(day)
            ? null
            : new Interval(
                LocalTimes.ToInstant(day.ToDateTime(Start), Zone, LocalTimes.Edge.Start),
                LocalTimes.ToInstant(day.ToDateTime(End), Zone, LocalTimes.Edge.End));

    /// <summary>Working intervals, in order, from the day of <paramref name="from"/> on (clipped to start there).</summary>
    public IEnumerable<Interval> WorkingIntervalsFrom(DateTimeOffset from)
    {
        for (var day = LocalDate(from).AddDays(-1); ; day = day.AddDays(1))
        {
            if (WorkingInterval(day) is { } open && open.To > from)
            {
                yield return open.From >= from ? open : open with { From = from };
            }
        }
    }
}
