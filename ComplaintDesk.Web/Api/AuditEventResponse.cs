using ComplaintDesk.Core.Audit;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>One recorded event as the audit lists it; <see cref="Summary"/> is worded in the caller's language (Accept-Language).</summary>
public sealed record AuditEventResponse(
    DateTimeOffset At, string Actor, AuditEventSource Source, string? Reference, string? Clause, string Summary, string? Text)
{
    public static AuditEventResponse From(AuditEventView row, IStringLocalizer<DeskText> text)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.At, row.Actor, row.Source, row.Reference, row.Clause, text.Word(row.Summary), row.Text);
    }
}
