using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Core.Audit;

/// <summary>An <see cref="AuditSearch"/> that passed its checks; the days made instants (the end excluded).</summary>
public sealed record AuditFilter(
    string? Reference, string? User, DateTimeOffset? Start, DateTimeOffset? End, int Page, int PageSize, PersonalDataAction? Action = null)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>How many rows come before the page; past the largest page there is nothing to read.</summary>
    public long Skip => (long)(Page - 1) * PageSize;

    public static AuditFilter From(AuditSearch search, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(search);
        var errors = new FieldErrors();
        var from = ParseDay(search.From, "from", errors);
        var to = ParseDay(search.To, "to", errors);
        var action = ParseAction(search.Action, errors);
        if (from > to)
        {
            errors.Add("to", DeskMessage.Of(FieldKeys.LastDayBeforeFirst));
        }

        if (search.Page is < 1)
        {
            errors.Add("page", DeskMessage.Of(FieldKeys.PagesFromOne));
        }

        if (search.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", DeskMessage.Of(FieldKeys.PageOfRows, MaxPageSize));
        }

        errors.ThrowIfAny();
        return new AuditFilter(
            Text(search.Reference),
            Text(search.User),
            from is { } start ? new MonitoringPeriod(start, start).StartIn(zone) : null,
            to is { } end ? new MonitoringPeriod(end, end).EndIn(zone) : null,
            search.Page ?? 1,
            search.PageSize ?? DefaultPageSize,
            action);
    }

    private static PersonalDataAction? ParseAction(string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (PersonalDataActionNames.TryParse(value.Trim(), out var action))
        {
            return action;
        }

        errors.Add("action", DeskMessage.Of(FieldKeys.NotOneOf, value.Trim(), string.Join(", ", PersonalDataActionNames.All)));
        return null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDay(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000)
        {
            return day;
        }

        errors.Add(field, DeskMessage.Of(FieldKeys.Day));
        return null;
    }
}
