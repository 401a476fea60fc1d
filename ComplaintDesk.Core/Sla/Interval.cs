namespace ComplaintDesk.Core.Sla;

/// <summary>A stretch of time [From, To).</summary>
public readonly record struct Interval(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To > From ? To - From : TimeSpan.Zero;
}
