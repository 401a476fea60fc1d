using System.Globalization;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// A clock evaluated at <see cref="Now"/> with a warning share in (0, 1], perhaps stopped, perhaps
/// with its last pause still open.
/// </summary>
public sealed record RunningClockCase(DeadlineCase Case, double WarningShare, bool LastPauseOpen, DateTimeOffset Now, DateTimeOffset? StoppedAt)
{
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset? To)> Pauses =>
        Case.Pauses.Select((p, i) => (p.From, LastPauseOpen && i == Case.Pauses.Count - 1 ? null : (DateTimeOffset?)p.To)).ToList();

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Case}; share {WarningShare}, last pause open {LastPauseOpen}, now {Case.Local(Now)}, stopped {(StoppedAt is { } s ? Case.Local(s) : "no")}");
}
