namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// Waiting on the real clock for what other processes do. The patience is only there to fail instead of hanging:
/// nothing is asserted about how fast anything happens.
/// </summary>
public static class RealTimeWait
{
    private static readonly TimeSpan _patience = TimeSpan.FromMinutes(3);

    /// <summary>Reads again every quarter second until <paramref name="done"/> holds, and returns what was read.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + _patience;
        for (var value = await read(); ; value = await read())
        {
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > giveUpAt)
            {
                throw new TimeoutException($"Still {value?.ToString() ?? "nothing"} after {_patience.TotalMinutes} minutes.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> done) => UntilAsync(() => Task.FromResult(read()), done);
}
