namespace ComplaintDesk.Core.Monitoring;

/// <summary>The breakdowns of clause 8 / Annex I.</summary>
public enum MonitoringDimension
{
    Category,
    Channel,
    Priority,
    Handler,
}
