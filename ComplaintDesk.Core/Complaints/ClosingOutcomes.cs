namespace ComplaintDesk.Core.Complaints;

/// <summary>The outcomes a person names when closing a complaint: <see cref="ClosingOutcome.Merged"/> comes only from merging.</summary>
public static class ClosingOutcomes
{
    public static IReadOnlyList<ClosingOutcome> Chosen { get; } =
        [.. Enum.GetValues<ClosingOutcome>().Where(outcome => outcome != ClosingOutcome.Merged)];
}
