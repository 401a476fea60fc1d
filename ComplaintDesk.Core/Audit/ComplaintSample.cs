namespace ComplaintDesk.Core.Audit;

/// <summary>
/// A random sample of finished complaints for an auditor to review (ISO 10002 8.4). The same <see cref="Seed"/> over
/// the same complaints draws the same sample, so a review can be repeated and checked.
/// </summary>
/// <param name="Total">How many finished complaints the filter matched, the sample drawn from them.</param>
public sealed record ComplaintSample(int Seed, int Total, IReadOnlyList<SampledComplaint> Items);
