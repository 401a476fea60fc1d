using ComplaintDesk.Core.Audit;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The sample's query: the audit's filters (its days are days of closing, its person the assignee), how many complaints
/// to draw and, to draw the same sample again, the seed an earlier answer gave.
/// </summary>
public sealed record AuditSampleSearch(
    string? Reference = null,
    string? User = null,
    string? From = null,
    string? To = null,
    int? Size = null,
    int? Seed = null)
{
    public AuditSearch ToSearch() => new(Reference, User, From, To);
}
