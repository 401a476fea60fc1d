using BenchmarkDotNet.Attributes;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// Recomputing the three clocks of 100,000 complaints (<see cref="DeadlineWorkload"/>): 300,000
/// <see cref="BusinessTime.Deadline"/> calls, or 100,000 × 3 <see cref="ClockMath.Evaluate"/> (deadline,
/// warning and paused time each). A cold calendar is built inside every invocation, so filling its
/// per-day cache is measured work; a warm one has seen every day before.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DeadlineBenchmarks
{
    private DeadlineInput[] _inputs = [];
    private BusinessCalendar? _warm;

    [Params(false, true)]
    public bool WarmCalendar { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = DeadlineWorkload.Build();
        _warm = DeadlineWorkload.NewCalendar();
        Deadlines(_warm);
    }

    [Benchmark]
    public long ThreeDeadlinesEach() => Deadlines(WarmCalendar ? _warm! : DeadlineWorkload.NewCalendar());

    [Benchmark]
    public long ThreeClocksEach()
    {
        var calendar = WarmCalendar ? _warm! : DeadlineWorkload.NewCalendar();
        var sum = 0L;
        foreach (var input in _inputs)
        {
            foreach (var kind in DeadlineWorkload.Kinds)
            {
                var clock = ClockMath.Evaluate(
                    kind, calendar, DeadlineWorkload.Policy.TargetFor(kind), aroundTheClock: false, 0.75,
                    input.ReceivedAt, input.OpenOrClosedPauses, stoppedAt: null, DeadlineWorkload.Now);
                sum += clock.Deadline.UtcTicks;
            }
        }

        return sum;
    }

    // The sum of deadlines keeps the work from being optimised away.
    private long Deadlines(BusinessCalendar calendar)
    {
        var sum = 0L;
        foreach (var input in _inputs)
        {
            foreach (var kind in DeadlineWorkload.Kinds)
            {
                sum += BusinessTime.Deadline(
                    calendar, aroundTheClock: false, input.ReceivedAt, DeadlineWorkload.Policy.TargetFor(kind), input.Pauses).UtcTicks;
            }
        }

        return sum;
    }
}
