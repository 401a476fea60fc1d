namespace ComplaintDesk.Web.Api;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
