namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>How the complaint ended, what the complainant thought of it and what was learnt (ISO 10002 7.9, 8.3, 8.7).</summary>
public sealed record ComplaintClosing(
    ClosingOutcome? Outcome,
    int? Satisfaction,
    string? SatisfactionComment,
    string? RootCause,
    DateTimeOffset? ClosedAt,
    string? CorrectiveAction = null);
