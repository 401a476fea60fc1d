using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Counts one clock's outcomes and keeps the hours of the stopped ones for mean and median.</summary>
internal sealed class ClockTally(ClockKind kind)
{
    private readonly List<double> _hours = [];
    private int _onTime;
    private int _late;

    public void Add(ClockOutcome outcome, MonitoredClock clock)
    {
        if (outcome == ClockOutcome.OnTime)
        {
            _onTime++;
        }
        else if (outcome == ClockOutcome.Late)
        {
            _late++;
        }

        if (clock.StoppedAt is not null)
        {
            _hours.Add(clock.Used.TotalHours);
        }
    }

    public ClockFigures Figures()
    {
        var counted = _onTime + _late;
        _hours.Sort();
        return new ClockFigures(
            kind,
            _onTime,
            _late,
            counted == 0 ? null : (double)_onTime / counted,
            _hours.Count == 0 ? null : _hours.Average(),
            Median(_hours));
    }

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
