using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Attachments;

/// <summary>
/// A file kept beside the timeline event it came with: one the complainant sent with the complaint or later words, a
/// handler's scan of what came on paper, or one the desk sent the complainant with a question or its decision. All are
/// about the complainant (ISO 10002 4.10): only roles that see personal data read their names or take them, and erasing
/// the complainant's data erases them too.
/// </summary>
public sealed class Attachment
{
    private Attachment()
    {
    }

    private Attachment(Complaint complaint, TimelineEvent cameWith, AdmittedFile file)
    {
        Complaint = complaint;
        Event = cameWith;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Size;
        State = file.State;
        Content = file.Content;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    /// <summary>The timeline event the file came with.</summary>
    public long EventId { get; private set; }

    /// <summary>The name the sender gave it, made safe; null once erased.</summary>
    public string? FileName { get; private set; }

    public string ContentType { get; private set; } = "";

    /// <summary>Its size in bytes as it arrived, kept or not.</summary>
    public long Size { get; private set; }

    public AttachmentState State { get; private set; }

    /// <summary>The file itself while <see cref="State"/> is <see cref="AttachmentState.Kept"/>.</summary>
    public byte[]? Content { get; private set; }

    internal Complaint Complaint { get; private set; } = null!;

    internal TimelineEvent Event { get; private set; } = null!;

    /// <summary>The records of <paramref name="files"/>, each tied to <paramref name="complaint"/> and the event they came with.</summary>
    internal static IEnumerable<Attachment> With(Complaint complaint, TimelineEvent cameWith, IReadOnlyList<AdmittedFile>? files) =>
        (files ?? []).Select(file => new Attachment(complaint, cameWith, file));
}
