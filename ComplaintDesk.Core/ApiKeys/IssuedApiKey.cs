namespace ComplaintDesk.Core.ApiKeys;

/// <summary>A key just issued, with the one copy of its secret the desk will ever show.</summary>
public sealed record IssuedApiKey(ApiKeyView Key, string Secret);
