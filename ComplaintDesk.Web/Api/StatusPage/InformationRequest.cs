namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>What the complainant adds to their complaint.</summary>
public sealed record InformationRequest(string? Text);
