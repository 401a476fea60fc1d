using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Components;

/// <summary>A period's figures as Core would hand them to the dashboard, set up figure by figure.</summary>
public sealed class MonitoringFiguresBuilder(MonitoringPeriod period)
{
    private readonly Dictionary<ClockKind, ClockFigures> _clocks =
        Enum.GetValues<ClockKind>().ToDictionary(kind => kind, kind => new ClockFigures(kind, 0, 0, null, null, null));

    private readonly Dictionary<MonitoringDimension, List<GroupFigures>> _groups =
        Enum.GetValues<MonitoringDimension>().ToDictionary(dimension => dimension, _ => new List<GroupFigures>());

    private readonly List<EscalationCount> _escalations = [];
    private readonly List<RootCauseCount> _rootCauses = [];
    private PeriodFigures _total = Figures(0);

    public MonitoringFiguresBuilder Totals(
        int received, int closed = 0, int withdrawn = 0, int openAtEnd = 0, int escalations = 0, int reopened = 0,
        double? satisfaction = null, double? responseRate = null)
    {
        _total = _total with
        {
            Received = received, Closed = closed, Withdrawn = withdrawn, OpenAtEnd = openAtEnd, Escalations = escalations,
            Reopened = reopened, SatisfactionMean = satisfaction, SatisfactionResponseRate = responseRate,
        };
        return this;
    }

    public MonitoringFiguresBuilder Clock(ClockKind kind, int onTime, int late, double? meanHours = null, double? medianHours = null)
    {
        _clocks[kind] = new ClockFigures(kind, onTime, late, onTime + late == 0 ? null : (double)onTime / (onTime + late), meanHours, medianHours);
        return this;
    }

    /// <summary>Adds a group after the ones already there, so add them largest first, as Core lists them.</summary>
    public MonitoringFiguresBuilder Group(MonitoringDimension dimension, string key, int received, int lateToResolve = 0)
    {
        var groups = _groups[dimension];
        var cumulative = groups.Sum(g => g.Figures.Received) + received;
        var figures = Figures(received) with
        {
            Clocks = [.. Enum.GetValues<ClockKind>().Select(kind => new ClockFigures(
                kind, 0, kind == ClockKind.Resolve ? lateToResolve : 0, kind == ClockKind.Resolve && lateToResolve > 0 ? 0 : null, null, null))],
        };
        var total = Math.Max(_total.Received, 1);
        groups.Add(new GroupFigures(key, figures, (double)received / total, (double)cumulative / total));
        return this;
    }

    public MonitoringFiguresBuilder Escalation(int level, AlertTrigger trigger, int count)
    {
        _escalations.Add(new EscalationCount(level, trigger, count));
        return this;
    }

    public MonitoringFiguresBuilder RootCause(string cause, int count)
    {
        _rootCauses.Add(new RootCauseCount(cause, count));
        return this;
    }

    public MonitoringFigures Build() => new(
        period,
        DeskPageContext.Now,
        _total with { Clocks = [.. _clocks.Values.OrderBy(c => c.Kind)] },
        _groups.ToDictionary(g => g.Key, g => (IReadOnlyList<GroupFigures>)g.Value),
        _escalations,
        _rootCauses);

    private static PeriodFigures Figures(int received) => new(
        received, 0, 0, 0, [.. Enum.GetValues<ClockKind>().Select(kind => new ClockFigures(kind, 0, 0, null, null, null))], 0, 0, null, null);
}
