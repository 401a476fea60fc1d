using ComplaintDesk.Web.Auth;

namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// A hub connection is authenticated once, when it opens; this closes, every <see cref="Interval"/>,
/// the connections whose sign-in has ended since.
/// </summary>
public sealed partial class ConnectionGuard(
    LiveConnections connections, AccessCheck access, TimeProvider time, ILogger<ConnectionGuard> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var connection in connections.Snapshot())
            {
                try
                {
                    if (connection.User is null || !await access.IsValidAsync(connection.User, stoppingToken))
                    {
                        connection.Abort();
                        connections.Closed(connection);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database away for a moment: try again on the next tick rather than stop guarding.
                    LogCheckFailed(logger, exception);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the open hub connections failed; trying again on the next tick.")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
