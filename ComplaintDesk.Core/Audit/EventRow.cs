namespace ComplaintDesk.Core.Audit;

/// <summary>The shape both event tables are read into, so the database can merge, order and page them as one.</summary>
internal sealed class EventRow
{
    public DateTimeOffset At { get; init; }

    public string Actor { get; init; } = "";

    public string? Reference { get; init; }

    public string? Clause { get; init; }

    public string Summary { get; init; } = "";

    public string? Text { get; init; }

    // Every timeline event belongs to a complaint; the desk's own events belong to none.
    public AuditEventView ToView() =>
        new(At, Actor, Reference is null ? AuditEventSource.Desk : AuditEventSource.Complaint, Reference, Clause, Summary, Text);
}
