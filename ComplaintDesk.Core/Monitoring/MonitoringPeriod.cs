using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Whole local days in the desk's time zone, first and last included: a month by default.</summary>
public sealed record MonitoringPeriod(DateOnly From, DateOnly To)
{
    public static MonitoringPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    /// <summary>The month before the one <paramref name="instant"/> falls in, in the desk's time zone.</summary>
    public static MonitoringPeriod MonthBefore(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var previous = new DateOnly(local.Year, local.Month, 1).AddMonths(-1);
        return Month(previous.Year, previous.Month);
    }

    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        if (To < From)
        {
            errors.Add("to", DeskMessage.Of(FieldKeys.PeriodEndsBeforeStart));
        }

        if (To.DayNumber - From.DayNumber > 3660)
        {
            errors.Add("to", DeskMessage.Of(FieldKeys.PeriodTooLong));
        }

        return errors;
    }

    public DateTimeOffset StartIn(TimeZoneInfo zone) => LocalMidnight(From, zone);

    /// <summary>The first instant after the period (midnight starting the day after <see cref="To"/>).</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => LocalMidnight(To.AddDays(1), zone);

    /// <summary>Whether the period is one whole calendar month.</summary>
    public bool IsMonth => From.Day == 1 && To == From.AddMonths(1).AddDays(-1);

    private static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone) =>
        LocalTimes.ToInstant(day.ToDateTime(TimeOnly.MinValue), zone, LocalTimes.Edge.Start).ToUniversalTime();
}
