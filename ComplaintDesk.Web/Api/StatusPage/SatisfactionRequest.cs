namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>How satisfied the complainant is with the handling of their closed complaint, 1 to 5, and why.</summary>
public sealed record SatisfactionRequest(int? Satisfaction, string? Comment = null);
