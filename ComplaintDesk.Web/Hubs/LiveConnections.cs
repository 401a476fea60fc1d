using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>The hub connections open on this node, so the ones whose sign-in has ended can be closed.</summary>
public sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();

    public void Opened(HubCallerContext connection) => _open[connection.ConnectionId] = connection;

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    public IReadOnlyList<HubCallerContext> Snapshot() => [.. _open.Values];
}
