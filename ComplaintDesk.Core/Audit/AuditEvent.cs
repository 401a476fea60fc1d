namespace ComplaintDesk.Core.Audit;

/// <summary>A change to how the desk works (ISO 10002 8.5): who changed what, and when. Never edited.</summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public AuditEvent(DateTimeOffset at, string actorEmail, string area, string summary, string? details)
    {
        At = at;
        ActorEmail = actorEmail;
        Area = area;
        Summary = summary;
        Details = details;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorEmail { get; private set; } = "";

    public string Area { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? Details { get; private set; }
}
