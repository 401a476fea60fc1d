using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers the dashboard with the figures a test set up for each period, and remembers what was asked.</summary>
public sealed class ScriptedMonitoringDesk : IMonitoringDesk
{
    private readonly List<MonitoringPeriod> _asked = [];
    private readonly List<(MonitoringPeriod Period, MonitoringSlice Slice, Actor Actor)> _drills = [];

    /// <summary>The figures for a period; an empty period unless the test says otherwise.</summary>
    public Func<MonitoringPeriod, MonitoringFigures> Answer { get; set; } = period => new MonitoringFiguresBuilder(period).Build();

    public MonitoringDrill Drill { get; set; } = new([], 0);

    /// <summary>Every period figures were asked for, oldest first (the whole period, then each bar of the volume chart).</summary>
    public IReadOnlyList<MonitoringPeriod> Asked
    {
        get
        {
            lock (_asked)
            {
                return [.. _asked];
            }
        }
    }

    public IReadOnlyList<(MonitoringPeriod Period, MonitoringSlice Slice, Actor Actor)> Drills => _drills;

    public Task<MonitoringFigures> FiguresAsync(MonitoringPeriod period, Actor actor, CancellationToken cancellationToken)
    {
        lock (_asked)
        {
            _asked.Add(period);
        }

        MonitoringDesk.EnsureMayMonitor(actor);
        return Task.FromResult(Answer(period));
    }

    public Task<MonitoringDrill> ComplaintsBehindAsync(MonitoringPeriod period, MonitoringSlice slice, Actor actor, CancellationToken cancellationToken)
    {
        _drills.Add((period, slice, actor));
        return Task.FromResult(Drill);
    }
}
