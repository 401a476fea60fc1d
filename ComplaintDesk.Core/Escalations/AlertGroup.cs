using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// One complaint's alerts as the triage shows them: its current level (the highest open one, or the highest
/// at all once every alert is acknowledged), how many are open, since when, what raised them, how often they
/// reminded, and the complaint as it is now. <see cref="Alerts"/> are open ones first, highest level and oldest first.
/// </summary>
public sealed record AlertGroup(
    string ComplaintReference,
    int Level,
    int OpenAlerts,
    DateTimeOffset? OldestOpenRaisedAt,
    IReadOnlyList<AlertTrigger> Kinds,
    int Reminders,
    DateTimeOffset? LastRemindedAt,
    ComplaintStatus Status,
    Priority Priority,
    string? Assignee,
    string? SubjectStaffEmail,
    IReadOnlyList<AlertView> Alerts);
