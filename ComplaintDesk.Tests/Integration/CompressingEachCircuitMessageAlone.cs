using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A circuit's WebSocket is compressed, one message at a time: the server keeps no compressor between messages,
/// which would hold native memory for every open desk, idle or not.
/// </summary>
public sealed class CompressingEachCircuitMessageAlone : IAsyncLifetime
{
    private readonly LiveDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_circuit_socket_is_compressed_without_server_context_takeover()
    {
        using var http = new HttpClient { BaseAddress = _desk.BaseAddress };
        using var negotiation = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiation.EnsureSuccessStatusCode();
        var token = (await negotiation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;

        await socket.ConnectAsync(new Uri($"ws://{_desk.BaseAddress.Authority}/_blazor?id={token}"), CancellationToken.None);

        var extensions = string.Join(";", socket.HttpResponseHeaders!["Sec-WebSocket-Extensions"]);
        Assert.Contains("permessage-deflate", extensions, StringComparison.Ordinal);
        Assert.Contains("server_no_context_takeover", extensions, StringComparison.Ordinal);
    }
}
