namespace ComplaintDesk.Web.Api;

public sealed record UserRolesRequest(IReadOnlyList<string>? Roles);
