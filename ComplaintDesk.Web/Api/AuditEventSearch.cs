using ComplaintDesk.Core.Audit;

namespace ComplaintDesk.Web.Api;

/// <summary>The event list's query: the audit's filters without a kind of access, which events do not have.</summary>
public sealed record AuditEventSearch(
    string? Reference = null,
    string? User = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null)
{
    public AuditSearch ToSearch() => new(Reference, User, From, To, Page, PageSize);
}
