using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Audit;

/// <summary>A change to how the desk works (ISO 10002 8.5): who changed what, and when. Never edited.</summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public AuditEvent(DateTimeOffset at, string actorEmail, string area, DeskMessage what, string? details)
    {
        At = at;
        ActorEmail = actorEmail;
        Area = area;
        Message = StoredMessage.Write(what);
        Details = details;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorEmail { get; private set; } = "";

    public string Area { get; private set; } = "";

    /// <summary>The English sentence a row written before events had keys keeps; empty since.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>What changed as a key and its values (<see cref="StoredMessage"/>); null on a row written before events had keys.</summary>
    public string? Message { get; private set; }

    /// <summary>What changed, without its area, for Web to word in the reader's language.</summary>
    public DeskMessage What => StoredMessage.Read(Message, Summary);

    public string? Details { get; private set; }
}
