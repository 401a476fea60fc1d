using ComplaintDesk.Core.ApiKeys;

namespace ComplaintDesk.Web.Api;

/// <summary>An API key, never its secret: <c>{ id, name, scope, state, ending, createdAt, createdBy, expiresAt, revokedAt, lastUsedAt }</c>.</summary>
public sealed record ApiKeyResponse(
    string Id,
    string Name,
    ApiKeyScope Scope,
    ApiKeyState State,
    string Ending,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public static ApiKeyResponse From(ApiKeyView key) => new(
        key.Id, key.Name, key.Scope, key.State, key.Ending, key.CreatedAt, key.CreatedBy, key.ExpiresAt, key.RevokedAt, key.LastUsedAt);
}
