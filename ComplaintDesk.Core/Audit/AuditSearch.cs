namespace ComplaintDesk.Core.Audit;

/// <summary>
/// An audit request as it arrives: <see cref="Reference"/> and <see cref="User"/> match any part of a
/// reference or an e-mail; <see cref="From"/> and <see cref="To"/> are days (<c>yyyy-MM-dd</c>) in the
/// desk's time zone, both included. <see cref="Action"/> (<c>view</c>, <c>export</c>, <c>anonymise</c> or <c>download</c>) narrows the
/// personal-data access records to one kind; the event list has no such kinds and reads it as absent.
/// </summary>
public sealed record AuditSearch(
    string? Reference = null,
    string? User = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null,
    string? Action = null);
