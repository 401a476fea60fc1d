namespace ComplaintDesk.Core.Monitoring;

/// <summary>A figure a person can drill into, to see the complaints behind it.</summary>
public enum MonitoringMeasure
{
    Received,
    Closed,
    Withdrawn,
    OpenAtEnd,
    OnTime,
    Late,
    Escalated,
    Reopened,
}
