namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>Who works the complaint and who may not: the person it is about, and anyone barred from deciding it again.</summary>
public sealed record ComplaintAssignment(
    string? Assignee,
    string? FirstHandler,
    string? SubjectStaffEmail,
    int EscalationLevel,
    IReadOnlyList<string> BarredFromDeciding);
