namespace ComplaintDesk.Core.Sla;

/// <summary>A complaint whose next clock falls due: what the overdue sweep and the alerts need.</summary>
public sealed record DueClock(string Reference, ClockKind Kind, DateTimeOffset Deadline, DateTimeOffset WarningAt, string? Assignee);
