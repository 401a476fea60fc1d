namespace ComplaintDesk.Web.Api;

public sealed record ResetPasswordRequest(string? Password);
