namespace ComplaintDesk.Web.Api;

/// <summary>Everyone who should be in the team, by user id; whoever is left out leaves it.</summary>
public sealed record TeamMembersRequest(IReadOnlyList<string>? UserIds);
