namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Hangfire keeps a delayed job's instant in whole seconds, so a trigger may fire up to a second before
/// the instant it was set for, more when it was set off early on purpose (<see cref="DeskJobStorage.AlarmLead"/>),
/// and Core's checks are exact: a check a moment early would raise nothing and leave the alarm to the next sweep.
/// A job fired early by at most <see cref="Tolerance"/> waits for its instant.
/// </summary>
public static class EarlyTriggers
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(3);

    public static async Task WaitForAsync(DateTimeOffset at, TimeProvider time, CancellationToken cancellationToken)
    {
        // A timer may wake a few milliseconds early too (on Linux .NET timers run on a coarse clock): wait until the clock agrees.
        for (var ahead = at - time.GetUtcNow(); ahead > TimeSpan.Zero && ahead <= Tolerance; ahead = at - time.GetUtcNow())
        {
            await Task.Delay(ahead, time, cancellationToken);
        }
    }
}
