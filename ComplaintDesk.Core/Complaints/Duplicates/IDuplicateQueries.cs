using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>Possible duplicates and merge links; see <see cref="DuplicateQueries"/>.</summary>
public interface IDuplicateQueries
{
    /// <summary>Open complaints that may be the same as the complaint <paramref name="reference"/>.</summary>
    Task<IReadOnlyList<PossibleDuplicate>> ForComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken);

    /// <summary>Open complaints that may be the same as one still being typed in.</summary>
    Task<IReadOnlyList<PossibleDuplicate>> ForIntakeAsync(DuplicateProbe probe, Actor actor, CancellationToken cancellationToken);

    /// <summary>What the complaint was merged into, and what was merged into it.</summary>
    Task<MergeLinks> MergeLinksAsync(string reference, CancellationToken cancellationToken);
}
