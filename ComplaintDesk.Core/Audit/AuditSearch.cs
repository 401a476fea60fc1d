namespace ComplaintDesk.Core.Audit;

/// <summary>
/// An audit request as it arrives: <see cref="Reference"/> and <see cref="User"/> match any part of a
/// reference or an e-mail; <see cref="From"/> and <see cref="To"/> are days (<c>yyyy-MM-dd</c>) in the
/// desk's time zone, both included.
/// </summary>
public sealed record AuditSearch(
    string? Reference = null,
    string? User = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null);
