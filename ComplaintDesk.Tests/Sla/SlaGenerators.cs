using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Interval = ComplaintDesk.Core.Sla.Interval;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// Small generators for SLA cases in 2026. In a zone that changes its clocks, a third of receipts
/// fall within days of a change, and working hours often start or end between 01:00 and 04:00, so the
/// gap and the repeated hour are hit often rather than by luck.
/// </summary>
internal static class SlaGenerators
{
    private const int MinutesPerDay = 24 * 60;

    private static readonly string[] _zones = ["Europe/Istanbul", "Europe/Berlin", "America/New_York"];

    private static readonly DateTimeOffset _yearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DayOfWeek[] _mondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly ConcurrentDictionary<string, DateTimeOffset[]> _changes = new();

    public static Gen<DeadlineCase> Deadlines => DeadlinesIn(_zones);

    /// <summary>The same cases in other zones, for a longer run by hand.</summary>
    public static Gen<DeadlineCase> DeadlinesIn(string[] zones) =>
        from zone in Gen.Elements(zones)
        from received in Received(zone)
        from calendar in Calendars(zone, received)
        from target in Targets
        from pauses in Pauses(received)
        select new DeadlineCase(calendar, received, target, pauses);

    public static Gen<LongerTargetCase> LongerTargets =>
        from c in Deadlines
        from extra in Gen.Frequency(
            (1, Gen.Constant(TimeSpan.Zero)),
            (1, Gen.Constant(TimeSpan.FromTicks(1))),
            (1, Gen.Choose(1, 15).Select(m => TimeSpan.FromMinutes(m))),
            (3, Gen.Choose(1, 10 * MinutesPerDay).Select(m => TimeSpan.FromMinutes(m))))
        select new LongerTargetCase(c, extra);

    public static Gen<RunningClockCase> RunningClocks =>
        from c in Deadlines
        from share in Gen.Frequency(
            (1, Gen.Constant(1.0)),
            (1, Gen.Constant(0.75)),
            (1, Gen.Choose(1, 100).Select(n => n / 1_000_000.0)),
            (4, Gen.Choose(1, 1000).Select(n => n / 1000.0)))
        from lastOpen in Gen.Elements(true, false)
        from now in Gen.Choose(0, 60 * MinutesPerDay).Select(m => c.ReceivedAt.AddMinutes(m))
        from stopped in Gen.Frequency(
            (1, Gen.Constant<DateTimeOffset?>(null)),
            (1, Gen.Choose(0, 60 * MinutesPerDay).Select(m => (DateTimeOffset?)c.ReceivedAt.AddMinutes(m))))
        select new RunningClockCase(c, share, lastOpen, now, stopped);

    public static Gen<StoppedClockCase> StoppedClocks =>
        from c in Deadlines
        from shift in Gen.Frequency(
            (2, Gen.Elements(TimeSpan.Zero, TimeSpan.FromTicks(1), TimeSpan.FromTicks(-1))),
            (2, Gen.Choose(1, 10 * MinutesPerDay).Select(m => TimeSpan.FromMinutes(-m))),
            (2, Gen.Choose(1, 10 * MinutesPerDay).Select(m => TimeSpan.FromMinutes(m))))
        select new StoppedClockCase(c, shift);

    private static Gen<TimeSpan> Targets =>
        from minutes in Gen.Frequency((3, Gen.Choose(1, 8 * 60)), (2, Gen.Choose(1, 30 * MinutesPerDay)))
        from quarter in Gen.Elements(true, false)
        select TimeSpan.FromMinutes(quarter ? Math.Max(15, minutes / 15 * 15) : minutes);

    // The zones here change offset on whole or half hours, so a quarter hour in UTC is one on the wall clock too.
    private static Gen<DateTimeOffset> Received(string zone)
    {
        var anywhere = Gen.Choose(0, (365 * MinutesPerDay) - 1).Select(m => _yearStart.AddMinutes(m));
        var changes = _changes.GetOrAdd(zone, OffsetChangesIn2026);
        var nearChange = changes.Length == 0
            ? anywhere
            : from change in Gen.Elements(changes)
              from m in Gen.Choose(-4 * MinutesPerDay, 2 * MinutesPerDay)
              select change.AddMinutes(m);
        return from instant in Gen.Frequency((2, anywhere), (1, nearChange))
               from quarter in Gen.Elements(true, false)
               select quarter ? instant.AddMinutes(-(instant.Minute % 15)) : instant;
    }

    private static Gen<CalendarSpec> Calendars(string zone, DateTimeOffset received)
    {
        var days = Gen.Frequency(
            (1, Gen.Constant<IReadOnlyList<DayOfWeek>>(_mondayToFriday)),
            (2, Gen.SubListOf(Enum.GetValues<DayOfWeek>()).Where(d => d.Count > 0).Select(d => (IReadOnlyList<DayOfWeek>)[.. d])));
        var quarter = Gen.Frequency((3, Gen.Choose(0, 95)), (2, Gen.Choose(4, 16)));
        var hours = Gen.Frequency(
            (1, Gen.Constant((Start: new TimeOnly(9, 0), End: new TimeOnly(18, 0)))),
            (4, from a in quarter
                from b in quarter
                where a != b
                select (Start: QuarterHour(Math.Min(a, b)), End: QuarterHour(Math.Max(a, b)))));
        var firstDay = DateOnly.FromDateTime(received.UtcDateTime);
        var holidays =
            from count in Gen.Choose(0, 10)
            from offsets in Gen.ListOf(Gen.Choose(-3, 40), count)
            select (IReadOnlyList<DateOnly>)[.. offsets.Distinct().Select(firstDay.AddDays)];
        return from d in days
               from h in hours
               from off in holidays
               select new CalendarSpec(zone, d, h.Start, h.End, off);
    }

    // Gaps of zero (a pause at receipt, or right after the last) and whole quarter hours (a pause
    // edge on an opening or closing) are likelier than chance would make them.
    private static Gen<IReadOnlyList<Interval>> Pauses(DateTimeOffset received)
    {
        var gap = Gen.Frequency(
            (1, Gen.Constant(0)), (2, Gen.Choose(0, 3 * 24 * 4).Select(q => q * 15)), (3, Gen.Choose(0, 3 * MinutesPerDay)));
        var length = Gen.Frequency(
            (1, Gen.Choose(1, 2 * 24 * 4).Select(q => q * 15)), (2, Gen.Choose(1, 2 * MinutesPerDay)));
        return from count in Gen.Choose(0, 3)
               from gaps in Gen.ListOf(gap, count)
               from lengths in Gen.ListOf(length, count)
               select (IReadOnlyList<Interval>)Chain(received, gaps.Zip(lengths));
    }

    private static List<Interval> Chain(DateTimeOffset received, IEnumerable<(int Gap, int Length)> pieces)
    {
        var pauses = new List<Interval>();
        var cursor = received;
        foreach (var (gap, length) in pieces)
        {
            var from = cursor.AddMinutes(gap);
            cursor = from.AddMinutes(length);
            pauses.Add(new Interval(from, cursor));
        }

        return pauses;
    }

    private static TimeOnly QuarterHour(int index) => new(index / 4, index % 4 * 15);

    private static DateTimeOffset[] OffsetChangesIn2026(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return [.. Enumerable.Range(1, 365 * 24)
            .Select(h => _yearStart.AddHours(h))
            .Where(t => zone.GetUtcOffset(t) != zone.GetUtcOffset(t.AddHours(-1)))];
    }
}
