using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// One event of a complaint's timeline; <see cref="Summary"/> is worded in the caller's language (Accept-Language). Fields
/// added since the first version come last.
/// </summary>
public sealed record TimelineEntryResponse(
    DateTimeOffset At,
    string Actor,
    ComplaintMove Kind,
    string Clause,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    string Summary,
    string? Text,
    IReadOnlyList<AttachmentResponse> Attachments)
{
    public static TimelineEntryResponse From(string reference, TimelineEntry entry, IStringLocalizer<DeskText> text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.Actor, entry.Kind, entry.Clause, entry.FromStatus, entry.ToStatus, text.Word(entry.Summary), entry.Text,
            [.. entry.Attachments.Select(file => AttachmentResponse.From(reference, file))]);
    }
}
