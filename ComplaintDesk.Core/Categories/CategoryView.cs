namespace ComplaintDesk.Core.Categories;

/// <summary>A category as the administration page and the API show it.</summary>
public sealed record CategoryView(string Name, bool Active, int? TeamId, string? TeamName);
