using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Core.Sla;

/// <summary>Calendars for the SLA scenarios.</summary>
internal static class Calendars
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <summary>Istanbul (UTC+3 all year), Monday to Friday 09:00–18:00.</summary>
    public static BusinessCalendar Istanbul(params DateOnly[] holidays) =>
        new(Zone("Europe/Istanbul"), Weekdays, new TimeOnly(9, 0), new TimeOnly(18, 0), holidays);

    /// <summary>Every day, the given hours: to put working time across a daylight-saving change.</summary>
    public static BusinessCalendar EveryDay(string zone, TimeOnly start, TimeOnly end) =>
        new(Zone(zone), Enum.GetValues<DayOfWeek>(), start, end, []);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, double offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    public static DateTimeOffset Istanbul(int month, int day, int hour, int minute = 0) => At(2026, month, day, hour, minute, 3);
}
