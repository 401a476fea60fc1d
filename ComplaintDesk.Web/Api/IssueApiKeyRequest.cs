namespace ComplaintDesk.Web.Api;

/// <summary>
/// <c>{ name, scope, expiresInDays }</c>: what the key is for, <c>Full</c> (everything its person may do) or <c>Intake</c>
/// (register complaints and read the categories only), and how many days it lasts (null: until revoked).
/// </summary>
public sealed record IssueApiKeyRequest(string? Name, string? Scope, int? ExpiresInDays);
