using System.Globalization;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>One generated clock: a calendar, a receipt instant, a target and the pauses after receipt.</summary>
public sealed record DeadlineCase(CalendarSpec Calendar, DateTimeOffset ReceivedAt, TimeSpan Target, IReadOnlyList<Interval> Pauses)
{
    public DateTimeOffset BusinessDeadline(BusinessCalendar calendar, IReadOnlyList<Interval> pauses) =>
        BusinessTime.Deadline(calendar, aroundTheClock: false, ReceivedAt, Target, pauses);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"received {Local(ReceivedAt)}, target {Target}, pauses [{string.Join("; ", Pauses.Select(p => $"{Local(p.From)} – {Local(p.To)}"))}], "
        + $"calendar {Calendar}");

    /// <summary>An instant as the desk's wall clock shows it, with its offset.</summary>
    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Calendar.Zone).ToString("yyyy-MM-dd'T'HH:mmzzz ddd", CultureInfo.InvariantCulture);
}
