namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>What the complainant told the desk, and when it was received and acknowledged (ISO 10002 7.2, 7.3).</summary>
public sealed record ComplaintIntake(
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? AcknowledgedAt,
    string ProductOrService,
    string Description,
    string? DesiredOutcome);
