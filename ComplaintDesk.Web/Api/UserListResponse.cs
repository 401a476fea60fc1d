namespace ComplaintDesk.Web.Api;

public sealed record UserListResponse(IReadOnlyList<UserResponse> Items, int Total);
