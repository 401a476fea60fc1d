using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>
/// Received per bar of the volume chart, from Core's own figures for each part of the period, so a
/// bar and its drill-down always agree. A month is at most six calls.
/// </summary>
public static class VolumeReader
{
    public static async Task<IReadOnlyList<Volume>> ReadAsync(
        IMonitoringDesk monitoring, MonitoringFigures whole, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(monitoring);
        ArgumentNullException.ThrowIfNull(whole);
        var unit = VolumeBuckets.UnitFor(whole.Period);
        var volumes = new List<Volume>();
        foreach (var bucket in VolumeBuckets.Of(whole.Period))
        {
            var received = bucket == whole.Period
                ? whole.Total.Received
                : (await monitoring.FiguresAsync(bucket, actor, cancellationToken)).Total.Received;
            volumes.Add(new Volume(bucket, VolumeBuckets.Label(bucket, unit), received));
        }

        return volumes;
    }
}
