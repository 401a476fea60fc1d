using ComplaintDesk.Core.Audit;

namespace ComplaintDesk.Web.Features.Audit;

/// <summary>The CSV download of what the audit page shows, with the same filters.</summary>
public static class AuditLinks
{
    /// <param name="list"><c>access</c> or <c>events</c>.</param>
    public static string Csv(string list, AuditSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = QueryString.Create(
            new Dictionary<string, string?>
            {
                ["reference"] = search.Reference,
                ["user"] = search.User,
                ["from"] = search.From,
                ["to"] = search.To,
                ["action"] = search.Action,
            }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
        return $"/api/v1/audit/{list}.csv{query}";
    }
}
