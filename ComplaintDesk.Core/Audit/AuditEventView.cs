using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Audit;

/// <summary>One event of a complaint's timeline or of the desk's own audit, as the audit lists them; Web words its summary.</summary>
public sealed record AuditEventView(
    DateTimeOffset At, string Actor, AuditEventSource Source, string? Reference, string? Clause, DeskMessage Summary, string? Text);
