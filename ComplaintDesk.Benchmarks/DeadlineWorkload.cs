using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// 100,000 complaints received evenly over the 90 days before <see cref="BenchComplaints.Now"/> on
/// the Istanbul calendar (Monday to Friday, 09:00–18:00, the 2026 public holidays), with the
/// targets 4 h, 2 d and 10 d of business time; one in ten waited on the complainant once, for
/// 1 to 5 days starting 1 to 48 hours after receipt (still open if it would end after now).
/// Same seed, same data.
/// </summary>
internal static class DeadlineWorkload
{
    public const int Count = 100_000;

    public static readonly SlaPolicy Policy = new(TimeSpan.FromHours(4), TimeSpan.FromDays(2), TimeSpan.FromDays(10), AroundTheClock: false);

    public static readonly ClockKind[] Kinds = [ClockKind.Acknowledge, ClockKind.Respond, ClockKind.Resolve];

    private static readonly TimeSpan _window = TimeSpan.FromDays(90);

    private static readonly DayOfWeek[] _mondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly DateOnly[] _holidays =
    [
        new(2026, 1, 1), new(2026, 3, 20), new(2026, 4, 23), new(2026, 5, 1), new(2026, 5, 19),
        new(2026, 5, 27), new(2026, 5, 28), new(2026, 5, 29), new(2026, 7, 15), new(2026, 8, 30),
        new(2026, 10, 29), new(2027, 1, 1),
    ];

    public static DateTimeOffset Now => BenchComplaints.Now;

    /// <summary>A calendar with nothing remembered yet.</summary>
    public static BusinessCalendar NewCalendar() => new(
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul"), _mondayToFriday, new TimeOnly(9, 0), new TimeOnly(18, 0), _holidays);

    public static DeadlineInput[] Build()
    {
        var random = new Random(10002);
        var inputs = new DeadlineInput[Count];
        for (var i = 0; i < Count; i++)
        {
            var received = Now - _window + TimeSpan.FromTicks(_window.Ticks / Count * i);
            if (random.NextDouble() >= 0.1)
            {
                inputs[i] = new DeadlineInput(received, [], []);
                continue;
            }

            var from = received + TimeSpan.FromMinutes(random.Next(60, 48 * 60));
            var to = from + TimeSpan.FromMinutes(random.Next(24 * 60, 5 * 24 * 60));
            inputs[i] = new DeadlineInput(received, [new Interval(from, to < Now ? to : Now)], [(from, to < Now ? to : null)]);
        }

        return inputs;
    }
}
