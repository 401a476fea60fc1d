using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Escalations;

/// <summary>An alert as the hub, the API and the screens carry it.</summary>
public sealed record AlertView(
    long Id,
    string ComplaintReference,
    int Level,
    AlertTrigger Trigger,
    ClockKind? Clock,
    DateTimeOffset RaisedAt,
    DeskRole TargetRole,
    string? TargetEmail,
    string? Reason,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    int? TeamId = null)
{
    public static AlertView From(Alert alert) => new(
        alert.Id, alert.ComplaintReference, alert.Level, alert.Trigger, alert.Clock, alert.RaisedAt,
        alert.TargetRole, alert.TargetEmail, alert.Reason, alert.AcknowledgedAt, alert.AcknowledgedBy, alert.TeamId);
}
