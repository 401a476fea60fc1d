namespace ComplaintDesk.Core.ApiKeys;

/// <summary>Who a valid key signs a request in as, the session it opens, and what it may do.</summary>
public sealed record ApiKeyHolder(string UserId, string SessionId, ApiKeyScope Scope);
