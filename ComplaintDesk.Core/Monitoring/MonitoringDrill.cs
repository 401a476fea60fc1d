namespace ComplaintDesk.Core.Monitoring;

/// <summary>The complaints behind a figure: the first <see cref="Complaints"/> of <see cref="Total"/>, in the order they were registered.</summary>
public sealed record MonitoringDrill(IReadOnlyList<MonitoredComplaint> Complaints, int Total);
