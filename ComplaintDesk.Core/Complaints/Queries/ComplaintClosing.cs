namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>How the complaint ended and what the complainant thought of it (ISO 10002 7.9).</summary>
public sealed record ComplaintClosing(
    ClosingOutcome? Outcome,
    int? Satisfaction,
    string? SatisfactionComment,
    string? RootCause,
    DateTimeOffset? ClosedAt);
