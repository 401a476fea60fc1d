namespace ComplaintDesk.Benchmarks;

/// <summary>A clock stopped at one instant, so every run seeds and reads the same data.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
