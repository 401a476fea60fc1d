namespace ComplaintDesk.Core.Monitoring;

/// <summary>Everything the dashboard and the monthly workbook show for a period, computed once.</summary>
public sealed record MonitoringFigures(
    MonitoringPeriod Period,
    DateTimeOffset AsOf,
    PeriodFigures Total,
    IReadOnlyDictionary<MonitoringDimension, IReadOnlyList<GroupFigures>> Breakdowns,
    IReadOnlyList<EscalationCount> Escalations,
    IReadOnlyList<RootCauseCount> RootCauses)
{
    public IReadOnlyList<GroupFigures> By(MonitoringDimension dimension) => Breakdowns[dimension];
}
