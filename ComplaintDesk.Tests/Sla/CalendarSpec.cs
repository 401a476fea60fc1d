using System.Globalization;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// A generated business calendar kept as plain values, so a failing case prints readably and
/// every property builds a fresh <see cref="BusinessCalendar"/> (with an empty per-day cache).
/// </summary>
public sealed record CalendarSpec(
    string ZoneId, IReadOnlyList<DayOfWeek> WorkingDays, TimeOnly Start, TimeOnly End, IReadOnlyList<DateOnly> Holidays)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public BusinessCalendar Build() => new(Zone, WorkingDays, Start, End, Holidays);

    public bool Works(DateOnly day) => WorkingDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ZoneId} {string.Join(',', WorkingDays.Select(d => d.ToString()[..3]))} {Start:HH:mm}-{End:HH:mm}"
        + $" holidays [{string.Join(' ', Holidays.Order().Select(h => h.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}]");
}
