namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>Why the complainant rejects the decision.</summary>
public sealed record RejectionRequest(string? Reason);
