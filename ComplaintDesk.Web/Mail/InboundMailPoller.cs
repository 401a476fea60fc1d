using ComplaintDesk.Core.Mail.Inbound;

namespace ComplaintDesk.Web.Mail;

/// <summary>
/// Takes in mail from complainants at start and every <see cref="Interval"/>, one round after another, so a message is
/// taken within seconds of arriving. A hosted service rather than a Hangfire job: Hangfire's recurring jobs run at most
/// once a minute.
/// </summary>
public sealed partial class InboundMailPoller(InboundPickup pickup, TimeProvider time, ILogger<InboundMailPoller> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    // Stable across restarts, so a node finds the files it claimed before a crash.
    private readonly string _node = Environment.MachineName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await pickup.PickUpAsync(_node, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // The exception's text may quote a message; its kind says enough, and the next round tries again.
                LogFailed(failure.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of taking in mail failed ({Exception}); the next round tries again")]
    private partial void LogFailed(string exception);
}
