namespace ComplaintDesk.Core.Attachments;

/// <summary>
/// <c>Desk:Attachments</c>: how much of what a complainant sends with their words the desk keeps. A file it does not
/// keep is still recorded by name and size, so the handler knows to ask for it another way.
/// </summary>
public sealed class AttachmentOptions
{
    public const string Section = "Desk:Attachments";

    /// <summary>The largest file kept, in megabytes (MiB).</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>How many files of one message are kept, in the order they came.</summary>
    public int MaxPerMessage { get; set; } = 10;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    /// <summary>Decides, file by file, which of one message's files the desk keeps.</summary>
    public IReadOnlyList<AdmittedFile> Admit(IEnumerable<ArrivingFile> files)
    {
        var kept = 0;
        var admitted = new List<AdmittedFile>();
        foreach (var file in files)
        {
            var state = StateOf(file.Content.LongLength, kept);
            kept += state == AttachmentState.Kept ? 1 : 0;
            admitted.Add(new AdmittedFile(file, state));
        }

        return admitted;
    }

    /// <summary>What becomes of a file of <paramref name="size"/> bytes after <paramref name="keptBefore"/> of the same message were kept.</summary>
    public AttachmentState StateOf(long size, int keptBefore) =>
        size > MaxFileBytes ? AttachmentState.TooLarge
        : keptBefore >= MaxPerMessage ? AttachmentState.TooMany
        : AttachmentState.Kept;
}
