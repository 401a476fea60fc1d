using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// A start or end in a spring-forward gap maps to the first instant after the gap; one
/// that occurs twice maps to its first occurrence for a start and its second for an end. Every
/// quarter-hour start and end, on the day before, of and after each 2026 offset change, against
/// <see cref="IndependentWorkingHours"/>.
/// </summary>
public sealed class MappingWorkingHoursAcrossDaylightSaving
{
    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("America/Santiago")]
    [InlineData("Australia/Lord_Howe")]
    public void Gives_every_working_interval_the_zone_rules_give(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var days = OffsetChangeDays(zone).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).ToList();
        Assert.Equal(6, days.Count);

        var wrong = new List<string>();
        for (var start = 0; start < 96; start++)
        {
            for (var end = start + 1; end < 96; end++)
            {
                var spec = new CalendarSpec(zoneId, Enum.GetValues<DayOfWeek>(), Quarter(start), Quarter(end), []);
                var calendar = spec.Build();
                wrong.AddRange(days
                    .Where(d => calendar.WorkingInterval(d) != IndependentWorkingHours.Of(spec, d))
                    .Select(d => $"{d:yyyy-MM-dd} {spec.Start:HH:mm}-{spec.End:HH:mm}: {calendar.WorkingInterval(d)} vs {IndependentWorkingHours.Of(spec, d)}"));
            }
        }

        Assert.Empty(wrong);
    }

    private static TimeOnly Quarter(int index) => new(index / 4, index % 4 * 15);

    // The local days whose noon-to-noon span holds an offset change.
    private static IEnumerable<DateOnly> OffsetChangeDays(TimeZoneInfo zone) =>
        Enumerable.Range(0, 365)
            .Select(i => new DateOnly(2026, 1, 1).AddDays(i))
            .Where(d => zone.GetUtcOffset(d.ToDateTime(new TimeOnly(12, 0))) != zone.GetUtcOffset(d.AddDays(1).ToDateTime(new TimeOnly(12, 0))))
            .Select(d => d.AddDays(1));
}
