using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Escalations;

/// <summary>An alert with what the alerts centre shows of its complaint now.</summary>
public sealed record AlertRow(AlertView Alert, ComplaintStatus Status, Priority Priority, string? Assignee, string? SubjectStaffEmail);
