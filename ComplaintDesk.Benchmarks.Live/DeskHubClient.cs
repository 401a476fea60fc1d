using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>A desk hub client as a wallboard opens one: WebSockets straight away, the token in the query string.</summary>
internal static class DeskHubClient
{
    public static HubConnection Build(Uri server, string accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, HubSetup.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
            })
            .Build();

    /// <summary>Starts the connection and returns once the hub has put it in its groups.</summary>
    public static async Task JoinAsync(HubConnection connection, CancellationToken cancellationToken)
    {
        await connection.StartAsync(cancellationToken);
        try
        {
            // The hub joins the groups before it reads anything the client sends, so an answer to a
            // call (here a refusal, as the method does not exist) means the groups are joined.
            await connection.InvokeAsync("NoSuchMethod", cancellationToken);
        }
        catch (HubException)
        {
            return;
        }

        throw new InvalidOperationException("The hub answered a call to a method it does not have.");
    }
}
