using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>One event of a complaint's timeline as the desk reads it; Web words its summary in the reader's language.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Actor,
    ComplaintMove Kind,
    string Clause,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    DeskMessage Summary,
    string? Text)
{
    /// <summary>The files that came with the event, as this reader may see them.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
}
