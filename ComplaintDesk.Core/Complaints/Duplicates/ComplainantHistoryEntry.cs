namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>Another complaint from the same complainant: where it stands and how it ended.</summary>
public sealed record ComplainantHistoryEntry(
    string Reference,
    DateTimeOffset ReceivedAt,
    ComplaintStatus Status,
    ClosingOutcome? Outcome,
    int? Satisfaction);
