using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>A complaint as the API and the complaint page show it (ISO 10002 7.3, Annex F).</summary>
public sealed record ComplaintDetails(
    string Reference,
    ComplaintStatus Status,
    Priority Priority,
    string? Category,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    string ProductOrService,
    string Description,
    string? DesiredOutcome,
    string? SubjectStaffEmail,
    string? Assignee,
    string? FirstHandler,
    int EscalationLevel,
    IReadOnlyList<string> BarredFromDeciding,
    DateTimeOffset? AcknowledgedAt,
    RemedyType? Remedy,
    string? ResponseText,
    Channel? DecisionChannel,
    string? DecisionText,
    DateTimeOffset? DecisionCommunicatedAt,
    ClosingOutcome? Outcome,
    int? Satisfaction,
    string? SatisfactionComment,
    string? RootCause,
    DateTimeOffset? ClosedAt,
    int Version,
    IReadOnlyList<SlaClock> Clocks,
    IReadOnlyList<TimelineEntry> Timeline,
    ComplainantView? Complainant);
