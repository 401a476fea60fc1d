namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The response proposed and the decision as it was sent to the complainant (ISO 10002 7.7, 7.8).</summary>
/// <param name="ClosesWithoutReplyAt">When the desk closes the complaint if the complainant gives no reply to the decision (7.9); null once they did, or when no decision awaits them.</param>
public sealed record ComplaintDecision(
    RemedyType? Remedy,
    string? ResponseText,
    Channel? Channel,
    string? Text,
    DateTimeOffset? CommunicatedAt,
    DateTimeOffset? ClosesWithoutReplyAt = null);
