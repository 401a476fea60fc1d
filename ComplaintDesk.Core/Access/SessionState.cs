namespace ComplaintDesk.Core.Access;

/// <summary>What decides whether a session still opens the desk: the session itself and its person's account.</summary>
public sealed record SessionState(
    string UserId, DateTimeOffset? ExpiresAt, DateTimeOffset? EndedAt, string? SecurityStamp, DateTimeOffset? DeactivatedAt);
