namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 7.5: severity, complexity, impact and need for immediate action, summed up.</summary>
public enum Priority
{
    Low,
    Medium,
    High,
    Critical,
}
