using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Sla;

/// <summary>
/// What configuration says: the settings a fresh database starts with, and the zone of a calendar
/// that names none (one stored before calendars carried a zone, or configured without one).
/// </summary>
internal sealed class ConfiguredSlaSettings(IOptions<CalendarOptions> configuredCalendar, IOptions<SlaOptions> configuredSla, TimeZoneInfo configuredZone)
{
    public CalendarOptions Calendar => WithZone(configuredCalendar.Value);

    public SlaOptions Sla => configuredSla.Value;

    public CalendarOptions WithZone(CalendarOptions calendar) => new()
    {
        TimeZone = calendar.TimeZone ?? configuredZone.Id,
        WorkingDays = calendar.WorkingDays,
        Start = calendar.Start,
        End = calendar.End,
        Holidays = calendar.Holidays,
    };
}
