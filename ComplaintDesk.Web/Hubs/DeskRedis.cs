using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// The node's one connection to Redis, shared by the hub's backplane and the readiness check. The node starts and
/// serves with Redis away: the connection keeps trying in the background, and nothing waits on a Redis that is down.
/// </summary>
public sealed class DeskRedis : IDisposable
{
    // Short, so a Redis that stops answering shows in readiness within seconds, not at the next keep-alive.
    private const int AnswerWithinMilliseconds = 2_000;

    // Redis reconnects on the real clock, so the node looks on it too.
    private static readonly TimeSpan _lookEvery = TimeSpan.FromSeconds(1);

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;
    private readonly CancellationTokenSource _stopping = new();

    // Whether the node's subscriptions were up when last seen: -1 not yet seen, 0 down, 1 up.
    private int _carrying = -1;

    public DeskRedis(string server, IOptions<BackplaneOptions> options)
    {
        var configuration = ConfigurationOptions.Parse(server);
        configuration.AbortOnConnectFail = false;
        // A command is refused at once while Redis is away instead of being queued and sent later: the hub then
        // delivers on this node alone, and a queued copy could not arrive a second time afterwards.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = AnswerWithinMilliseconds;
        configuration.AsyncTimeout = AnswerWithinMilliseconds;
        configuration.SyncTimeout = AnswerWithinMilliseconds;
        configuration.ReconnectRetryPolicy = new LinearRetry(1_000);
        configuration.ChannelPrefix = RedisChannel.Literal(options.Value.ChannelPrefix);
        configuration.ClientName = "complaintdesk";
        _connection = new(() => ConnectAsync(configuration));
    }

    /// <summary>Raised when the node's subscriptions are back after Redis was away (or first reached late).</summary>
    public event Action? Restored;

    public Task<IConnectionMultiplexer> ConnectionAsync() => _connection.Value;

    /// <summary>Whether messages published now reach the other nodes.</summary>
    public bool CarriesMessages =>
        _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully && IsCarrying(_connection.Value.Result);

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        connection.ConnectionFailed += (_, failed) =>
        {
            if (failed.ConnectionType == ConnectionType.Subscription)
            {
                Observe(carrying: false);
            }
        };
        connection.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Subscription)
            {
                Observe(carrying: true);
            }
        };
        Observe(IsCarrying(connection));
        _ = WatchAsync(connection, _stopping.Token);
        return connection;
    }

    // Redis's events tell of an outage and its end, but not of a node that reached Redis for the first time late
    // (under load, not always of the end either): a look every second catches every way back.
    private async Task WatchAsync(IConnectionMultiplexer connection, CancellationToken stopping)
    {
        using var every = new PeriodicTimer(_lookEvery, TimeProvider.System);
        try
        {
            while (await every.WaitForNextTickAsync(stopping))
            {
                Observe(IsCarrying(connection));
            }
        }
        catch (OperationCanceledException)
        {
            // The node is stopping.
        }
    }

    private void Observe(bool carrying)
    {
        // Not seen carrying before includes a first look that finds Redis already back: a node started while Redis was
        // away served its clients alone, and its first connection may complete only once Redis is up again.
        if (Interlocked.Exchange(ref _carrying, carrying ? 1 : 0) != 1 && carrying)
        {
            Restored?.Invoke();
        }
    }

    private static bool IsCarrying(IConnectionMultiplexer connection) => connection.GetSubscriber().IsConnected();
}
