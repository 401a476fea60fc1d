using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Audit;

/// <summary>The shape both event tables are read into, so the database can merge, order and page them as one.</summary>
internal sealed class EventRow
{
    public DateTimeOffset At { get; init; }

    public string Actor { get; init; } = "";

    public string? Reference { get; init; }

    public string? Clause { get; init; }

    /// <summary>The area of one of the desk's own events; none for a complaint's.</summary>
    public string? Area { get; init; }

    public string Summary { get; init; } = "";

    public string? Message { get; init; }

    public string? Text { get; init; }

    // Every timeline event belongs to a complaint; the desk's own events belong to none.
    public AuditEventView ToView() =>
        new(At, Actor, Reference is null ? AuditEventSource.Desk : AuditEventSource.Complaint, Reference, Clause, What(), Text);

    // A desk event is listed after its area; one written before events had keys kept its area beside its sentence.
    private DeskMessage What() => Area switch
    {
        null => StoredMessage.Read(Message, Summary),
        _ when Message is null => DeskMessage.Unkeyed(Area + ": " + Summary),
        _ => DeskMessage.Of(AuditKeys.InArea, AuditKeys.Area(Area), StoredMessage.Read(Message)),
    };
}
