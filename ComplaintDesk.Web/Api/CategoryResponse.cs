namespace ComplaintDesk.Web.Api;

/// <summary>A category as <c>/api/v1/categories</c> answers it.</summary>
public sealed record CategoryResponse(string Name, bool Active);
