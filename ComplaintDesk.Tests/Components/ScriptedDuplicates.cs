using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Tests.Components;

/// <summary>Answers duplicates, merge links and history as a test set them up, and remembers what the intake form asked.</summary>
public sealed class ScriptedDuplicates : IDuplicateQueries, IComplainantHistory
{
    private readonly List<DuplicateProbe> _probes = [];

    public Dictionary<string, IReadOnlyList<PossibleDuplicate>> ByReference { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MergeLinks> Links { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<ComplainantHistoryEntry>> History { get; } = new(StringComparer.Ordinal);

    /// <summary>What the intake form finds, whatever it asks.</summary>
    public IReadOnlyList<PossibleDuplicate> AtIntake { get; set; } = [];

    public IReadOnlyList<DuplicateProbe> Probes => _probes;

    public Task<IReadOnlyList<PossibleDuplicate>> ForComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(ByReference.GetValueOrDefault(reference) ?? []);

    public Task<IReadOnlyList<PossibleDuplicate>> ForIntakeAsync(DuplicateProbe probe, Actor actor, CancellationToken cancellationToken)
    {
        _probes.Add(probe);
        return Task.FromResult(AtIntake);
    }

    public Task<MergeLinks> MergeLinksAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(Links.GetValueOrDefault(reference) ?? MergeLinks.None);

    public Task<IReadOnlyList<ComplainantHistoryEntry>> OfComplaintAsync(string reference, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(History.GetValueOrDefault(reference) ?? []);
}
