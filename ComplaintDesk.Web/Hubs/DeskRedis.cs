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

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;

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
        _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully && _connection.Value.Result.GetSubscriber().IsConnected();

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        connection.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Subscription)
            {
                Restored?.Invoke();
            }
        };
        return connection;
    }
}
