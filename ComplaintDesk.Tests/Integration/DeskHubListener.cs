using System.Text.Json.Serialization;
using System.Threading.Channels;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A client of the desk hub, as a wallboard would be: keeps every change it hears, in order.</summary>
public sealed class DeskHubListener : IAsyncDisposable
{
    /// <summary>Only there to fail instead of hanging; nothing is asserted about how fast a change arrives.</summary>
    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(30);

    private readonly HubConnection _connection;
    private readonly Channel<ComplaintChange> _heard = Channel.CreateUnbounded<ComplaintChange>();

    private DeskHubListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<ComplaintChange>(nameof(IDeskClient.ComplaintChanged), change => _heard.Writer.TryWrite(change));
    }

    /// <summary>A connection over the in-memory test server, signed in with the token when there is one.</summary>
    public static HubConnection Connection(DeskApiFactory factory, string? accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, HubSetup.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult(accessToken);
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    /// <summary>Connects as the person signed in to <paramref name="api"/>, once the hub has put them in their groups.</summary>
    public static async Task<DeskHubListener> StartAsync(DeskApiFactory factory, DeskApi api)
    {
        var listener = new DeskHubListener(Connection(factory, api.Http.DefaultRequestHeaders.Authorization?.Parameter));
        await listener._connection.StartAsync();
        await InGroupsAsync(listener._connection);
        return listener;
    }

    /// <summary>Returns once the hub has put a started connection in its groups.</summary>
    public static Task InGroupsAsync(HubConnection connection) =>
        // The server answers the handshake before the hub's OnConnectedAsync joins the groups, and
        // reads what the client sends only after it: one call answered means the groups are joined.
        Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("NoSuchMethod"));

    /// <summary>The change that brought <paramref name="reference"/> to <paramref name="version"/>.</summary>
    public async Task<ComplaintChange> HeardAsync(string reference, int version)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await foreach (var change in _heard.Reader.ReadAllAsync(patience.Token))
            {
                if (change.Reference == reference && change.Version == version)
                {
                    return change;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        throw new TimeoutException($"The hub said nothing about {reference} at version {version} within {Patience.TotalSeconds} s.");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
