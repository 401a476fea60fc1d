using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Every message one hub client heard, in the order the server sent them.</summary>
public sealed class HubInbox(HubConnection connection) : IAsyncDisposable
{
    private readonly Channel<(string Method, JsonElement Message)> _heard = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly List<(string Method, JsonElement Message)> _seen = [];

    public HubConnection Connection => connection;

    /// <summary>What was heard before the message that <see cref="NextAsync"/> returned last.</summary>
    public IReadOnlyList<(string Method, JsonElement Message)> Seen => _seen;

    internal void Add(string method, JsonElement message) => _heard.Writer.TryWrite((method, message));

    /// <summary>The next message of <paramref name="method"/> that matches, keeping all that came before it in <see cref="Seen"/>.</summary>
    public async Task<JsonElement> NextAsync(string method, Func<JsonElement, bool> matches)
    {
        using var patience = new CancellationTokenSource(DeskHubListener.Patience);
        await foreach (var (heardMethod, message) in _heard.Reader.ReadAllAsync(patience.Token))
        {
            _seen.Add((heardMethod, message));
            if (heardMethod == method && matches(message))
            {
                return message;
            }
        }

        throw new TimeoutException($"No matching {method} within {DeskHubListener.Patience.TotalSeconds} s.");
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
