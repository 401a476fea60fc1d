namespace ComplaintDesk.Core.Escalations;

/// <summary>What orders a complaint's group (set by initialiser, so the database can keep sorting and counting it).</summary>
internal sealed class AlertGroupKey
{
    public long ComplaintId { get; init; }

    public int? OpenLevel { get; init; }

    public DateTimeOffset? OldestOpenRaisedAt { get; init; }

    public DateTimeOffset? LastAcknowledgedAt { get; init; }
}
