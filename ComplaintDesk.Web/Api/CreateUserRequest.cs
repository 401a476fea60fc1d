namespace ComplaintDesk.Web.Api;

/// <summary>A new account; it can sign in at once unless <see cref="MustChangePassword"/> asks for a password of its own first.</summary>
public sealed record CreateUserRequest(string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Password, bool? MustChangePassword = null);
