namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The response proposed and the decision as it was sent to the complainant (ISO 10002 7.7, 7.8).</summary>
public sealed record ComplaintDecision(
    RemedyType? Remedy,
    string? ResponseText,
    Channel? Channel,
    string? Text,
    DateTimeOffset? CommunicatedAt);
