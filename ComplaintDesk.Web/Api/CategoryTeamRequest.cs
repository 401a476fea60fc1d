namespace ComplaintDesk.Web.Api;

/// <summary>The team a category's new complaints land with; null for the whole desk.</summary>
public sealed record CategoryTeamRequest(int? TeamId);
