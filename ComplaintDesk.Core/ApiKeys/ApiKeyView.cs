namespace ComplaintDesk.Core.ApiKeys;

/// <summary>An API key as its administrator sees it: never its secret.</summary>
public sealed record ApiKeyView(
    string Id,
    string Name,
    ApiKeyScope Scope,
    ApiKeyState State,
    string Ending,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);
