using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Benchmarks;

/// <summary>One complaint's clock inputs, in both shapes the engine takes: closed pauses, and pauses that may still be open.</summary>
internal sealed record DeadlineInput(
    DateTimeOffset ReceivedAt, IReadOnlyList<Interval> Pauses, IReadOnlyList<(DateTimeOffset From, DateTimeOffset? To)> OpenOrClosedPauses);
