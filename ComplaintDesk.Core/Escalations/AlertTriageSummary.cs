namespace ComplaintDesk.Core.Escalations;

/// <summary>What waits under the filter, on every page: complaints with open alerts per current level (highest first), and the oldest open alert.</summary>
public sealed record AlertTriageSummary(IReadOnlyList<LevelTally> Levels, DateTimeOffset? OldestOpenRaisedAt);
