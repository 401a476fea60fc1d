using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>How much working time a stretch holds, day by day from <see cref="IndependentWorkingHours"/>.</summary>
internal static class ReferenceWorkingTime
{
    public static TimeSpan In(CalendarSpec calendar, Interval span)
    {
        var total = TimeSpan.Zero;
        var last = IndependentWorkingHours.LocalDate(span.To, calendar.Zone);
        for (var day = IndependentWorkingHours.LocalDate(span.From, calendar.Zone).AddDays(-1); day <= last; day = day.AddDays(1))
        {
            if (IndependentWorkingHours.Of(calendar, day) is { } open)
            {
                total += new Interval(open.From > span.From ? open.From : span.From, open.To < span.To ? open.To : span.To).Length;
            }
        }

        return total;
    }
}
