namespace ComplaintDesk.Tests.Sla;

/// <summary>A clock and how much more target to give it (zero included).</summary>
public sealed record LongerTargetCase(DeadlineCase Case, TimeSpan Extra)
{
    public override string ToString() => $"{Case}; extra {Extra}";
}
