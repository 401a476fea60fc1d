namespace ComplaintDesk.Core.Escalations;

/// <summary>One alert's answer to a bulk acknowledgement: what happened, and who acknowledged it when it is acknowledged.</summary>
public sealed record AlertAcknowledgement(
    long AlertId,
    AcknowledgementOutcome Outcome,
    string? ComplaintReference = null,
    string? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null);
