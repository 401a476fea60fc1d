using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// A triage request as it arrives over the API: <see cref="Kind"/> is a trigger name, <see cref="Scope"/> is
/// <c>mine</c> or <c>myTeams</c> (or left out for everything), <see cref="OlderThanMinutes"/> keeps alerts raised at
/// least that many minutes ago, <see cref="Acknowledged"/> true also groups acknowledged alerts.
/// </summary>
public sealed record AlertTriageSearch(
    int? MinLevel = null,
    string? Kind = null,
    int? OlderThanMinutes = null,
    string? Scope = null,
    bool? Acknowledged = null,
    int? Page = null,
    int? PageSize = null)
{
    public AlertTriageFilter ToFilter()
    {
        var errors = new FieldErrors();
        var kind = errors.Parse<AlertTrigger>("kind", Kind);
        var scope = errors.Parse<AlertScope>("scope", Scope);
        errors.ThrowIfAny();
        var filter = new AlertTriageFilter(
            MinLevel, kind, OlderThanMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null, scope ?? AlertScope.Everything,
            Acknowledged ?? false, Page ?? 1, PageSize ?? AlertTriageFilter.DefaultPageSize);
        filter.Validate();
        return filter;
    }
}
