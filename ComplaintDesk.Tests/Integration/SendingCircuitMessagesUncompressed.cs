using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A circuit's WebSocket is not compressed, even when the browser offers it: a compressor costs every open desk
/// memory and every change CPU.
/// </summary>
public sealed class SendingCircuitMessagesUncompressed : IAsyncLifetime
{
    private readonly LiveDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_circuit_socket_declines_the_offered_compression()
    {
        using var http = new HttpClient { BaseAddress = _desk.BaseAddress };
        using var negotiation = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiation.EnsureSuccessStatusCode();
        var token = (await negotiation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;

        await socket.ConnectAsync(new Uri($"ws://{_desk.BaseAddress.Authority}/_blazor?id={token}"), CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.False(socket.HttpResponseHeaders!.ContainsKey("Sec-WebSocket-Extensions"));
    }
}
