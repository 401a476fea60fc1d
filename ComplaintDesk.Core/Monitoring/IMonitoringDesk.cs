using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Clause 8 monitoring for supervisors, quality managers and administrators.</summary>
public interface IMonitoringDesk
{
    Task<MonitoringFigures> FiguresAsync(MonitoringPeriod period, Actor actor, CancellationToken cancellationToken);

    Task<MonitoringDrill> ComplaintsBehindAsync(MonitoringPeriod period, MonitoringSlice slice, Actor actor, CancellationToken cancellationToken);
}
