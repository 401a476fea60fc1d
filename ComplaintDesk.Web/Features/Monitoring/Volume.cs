using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>One bar of the volume chart: complaints received in part of the period.</summary>
public sealed record Volume(MonitoringPeriod Period, string Label, int Received);
