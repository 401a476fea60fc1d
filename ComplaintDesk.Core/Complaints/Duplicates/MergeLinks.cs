namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>The complaint this one was merged into, if it was, and those merged into it, oldest first.</summary>
public sealed record MergeLinks(string? MergedInto, IReadOnlyList<string> MergedFrom)
{
    public static MergeLinks None { get; } = new(null, []);
}
