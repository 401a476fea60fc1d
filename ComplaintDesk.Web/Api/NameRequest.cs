namespace ComplaintDesk.Web.Api;

/// <summary>A name for something administrators manage: a new or renamed category or team.</summary>
public sealed record NameRequest(string? Name);
