namespace ComplaintDesk.Web.Api;

/// <summary>A key just issued: <c>{ key, secret }</c>. The secret is in this answer only; the desk keeps its hash.</summary>
public sealed record IssuedApiKeyResponse(ApiKeyResponse Key, string Secret);
