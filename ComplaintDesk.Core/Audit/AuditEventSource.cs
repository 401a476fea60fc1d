namespace ComplaintDesk.Core.Audit;

/// <summary>Where an audited event was recorded.</summary>
public enum AuditEventSource
{
    /// <summary>A complaint's timeline (ISO 10002 4.9).</summary>
    Complaint,

    /// <summary>A change to how the desk works, such as its SLA settings (8.5).</summary>
    Desk,
}
