using System.Net;
using System.Text.Json;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Tests.Integration;

public sealed class ConnectingToTheDeskHub(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Without_signing_in_the_connection_is_refused_with_401()
    {
        await using var connection = DeskHubListener.Connection(factory, accessToken: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused_with_401()
    {
        await using var connection = DeskHubListener.Connection(factory, accessToken: "not-a-token");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_token_in_the_query_string_opens_the_hub_as_a_browser_websocket_sends_it()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var token = api.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsync($"{HubSetup.Path}/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_circuit_reads_a_change_exactly_as_the_hub_sends_it_to_the_browser()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        await using var connection = DeskHubListener.Connection(factory, api.Http.DefaultRequestHeaders.Authorization!.Parameter);
        var sent = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>(nameof(IDeskClient.ComplaintChanged), message => sent.TrySetResult(message.Clone()));
        await connection.StartAsync();
        var events = new DeskEvents();
        var handed = new List<ComplaintChange>();
        events.ComplaintChanged += change =>
        {
            handed.Add(change);
            return Task.CompletedTask;
        };

        await DeskHubListener.InGroupsAsync(connection);
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        await events.OnComplaintChanged(await sent.Task.WaitAsync(DeskHubListener.Patience));

        var change = Assert.Single(handed);
        Assert.Equal(reference, change.Reference);
        Assert.Equal(ComplaintStatus.Received, change.Status);
        Assert.Equal(Priority.Medium, change.Priority);
        Assert.Equal(ComplaintMove.Receive, change.LastMove);
        Assert.Equal(1, change.Version);
    }
}
