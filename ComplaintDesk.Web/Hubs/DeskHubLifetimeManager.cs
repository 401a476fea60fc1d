using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// The desk hub across nodes: each message goes through Redis's backplane while Redis carries messages, and to this
/// node's own clients alone while it does not, so a node's screens keep hearing its own changes through an outage.
/// Every connection is known to both; each message takes exactly one of the two ways, so no client hears it twice.
/// When Redis is back, this node's connections are closed: their clients reconnect, and every reconnecting client
/// reads again from the database what it shows, which catches up on what other nodes said meanwhile.
/// </summary>
public sealed partial class DeskHubLifetimeManager : HubLifetimeManager<DeskHub>
{
    private readonly DefaultHubLifetimeManager<DeskHub> _local;
    private readonly RedisHubLifetimeManager<DeskHub> _backplane;
    private readonly DeskRedis _redis;
    private readonly ILogger<DeskHubLifetimeManager> _logger;
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new();
    private readonly ConcurrentDictionary<string, bool> _onBackplane = new();

    public DeskHubLifetimeManager(
        DefaultHubLifetimeManager<DeskHub> local, RedisHubLifetimeManager<DeskHub> backplane, DeskRedis redis, ILogger<DeskHubLifetimeManager> logger)
    {
        (_local, _backplane, _redis, _logger) = (local, backplane, redis, logger);
        _redis.Restored += CloseEveryConnection;
    }

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        _connections[connection.ConnectionId] = connection;
        await _local.OnConnectedAsync(connection);
        if (!_redis.CarriesMessages)
        {
            return;
        }

        if (await TryAsync(() => _backplane.OnConnectedAsync(connection)))
        {
            _onBackplane[connection.ConnectionId] = true;
        }
        else
        {
            // Half-subscribed: forgotten by the backplane, served by this node alone until Redis is back.
            await TryAsync(() => _backplane.OnDisconnectedAsync(connection));
        }
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.TryRemove(connection.ConnectionId, out _);
        await _local.OnDisconnectedAsync(connection);
        if (_onBackplane.TryRemove(connection.ConnectionId, out _))
        {
            await TryAsync(() => _backplane.OnDisconnectedAsync(connection));
        }
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await _local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        if (_onBackplane.ContainsKey(connectionId) && !await TryAsync(() => _backplane.AddToGroupAsync(connectionId, groupName, cancellationToken)))
        {
            // Not in the group on Redis, so it would miss what other nodes send there: it reconnects and joins again.
            Close(connectionId);
        }
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await _local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        if (_onBackplane.ContainsKey(connectionId) && !await TryAsync(() => _backplane.RemoveFromGroupAsync(connectionId, groupName, cancellationToken)))
        {
            Close(connectionId);
        }
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(manager => manager.SendUsersAsync(userIds, methodName, args, cancellationToken));

    private async Task SendAsync(Func<HubLifetimeManager<DeskHub>, Task> send)
    {
        // While Redis is away a publish is refused at once (fail-fast backlog) and was not sent. One that timed out may
        // have been, and this node's clients could then hear it twice: rarer, and better than hearing nothing.
        if (_redis.CarriesMessages && await TryAsync(() => send(_backplane)))
        {
            return;
        }

        await send(_local);
    }

    private async Task<bool> TryAsync(Func<Task> onRedis)
    {
        try
        {
            await onRedis();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            LogRedisAway(_logger, exception);
            return false;
        }
    }

    private void CloseEveryConnection()
    {
        LogClosingForCatchUp(_logger, _connections.Count);
        foreach (var connectionId in _connections.Keys)
        {
            Close(connectionId);
        }
    }

    private void Close(string connectionId)
    {
        if (_connections.TryGetValue(connectionId, out var connection))
        {
            connection.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is away; the hub reaches this node's clients alone until it is back.")]
    private static partial void LogRedisAway(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; closing {Count} hub connections so their clients reconnect and read again.")]
    private static partial void LogClosingForCatchUp(ILogger logger, int count);
}
