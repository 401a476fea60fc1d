namespace ComplaintDesk.Core.Teams;

/// <summary>A person as the teams page lists them.</summary>
public sealed record TeamPerson(string UserId, string Email, string DisplayName);
