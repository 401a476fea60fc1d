using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintDesk.Web.Hubs;
using Hangfire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The real app on real Kestrel, with its Hangfire server and a fake clock; clients connect over WebSockets.</summary>
public sealed class LiveDesk : IAsyncLifetime
{
    public LiveDesk()
        : this(new DeskApiFactory())
    {
    }

    /// <summary>Hosts <paramref name="app"/> instead, as one node among several.</summary>
    internal LiveDesk(DeskApiFactory app) => App = app;

    public DeskApiFactory App { get; }

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    /// <summary>A hub connection as a wallboard would open it: WebSockets, the token in the query string.</summary>
    public HubConnection Connection(string? accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, HubSetup.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult(accessToken);
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    /// <summary>Signed in as <paramref name="api"/>'s person, in their groups, keeping every message of <paramref name="methods"/> as raw JSON.</summary>
    public async Task<HubInbox> ListenAsync(DeskApi api, params string[] methods)
    {
        var connection = Connection(api.Http.DefaultRequestHeaders.Authorization!.Parameter);
        var inbox = new HubInbox(connection);
        foreach (var method in methods)
        {
            connection.On<JsonElement>(method, message => inbox.Add(method, message.Clone()));
        }

        await connection.StartAsync();
        await DeskHubListener.InGroupsAsync(connection);
        return inbox;
    }

    /// <summary>Runs the minute sweep now, through Hangfire, as its recurring trigger would.</summary>
    public void SweepNow() => App.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(Web.Jobs.SlaSweepJob.Id);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
