using System.Net;
using System.Text.Json;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Tests.Redis;

/// <summary>
/// Redis goes away and comes back. Meanwhile a node is not ready and its hub clients hear their own node's changes;
/// afterwards every hub client is made to reconnect, which is a client's cue to read again from the database, the
/// desk's truth, what another node changed meanwhile.
/// </summary>
public sealed class LosingRedis(TwoNodesOnTheirOwnRedis nodes) : IClassFixture<TwoNodesOnTheirOwnRedis>
{
    [Fact]
    public async Task Ready_answers_503_within_30_s_of_Redis_going_away_and_200_again_once_it_is_back()
    {
        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(nodes.B, HttpStatusCode.OK));

        await nodes.Redis.KillAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await NodeReadiness.AwaitAsync(nodes.B, HttpStatusCode.ServiceUnavailable));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await NodeReadiness.AwaitAsync(nodes.A, HttpStatusCode.ServiceUnavailable));
        }
        finally
        {
            await nodes.Redis.StartAsync();
        }

        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(nodes.B, HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(nodes.A, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Hub_clients_keep_hearing_the_changes_made_on_their_own_node_while_Redis_is_away()
    {
        var handler = await DeskApi.SignInAsync(nodes.B.App, "handler@demo.local");
        await using var onB = await nodes.B.ListenAsync(handler, nameof(IDeskClient.ComplaintChanged));

        await nodes.Redis.KillAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await NodeReadiness.AwaitAsync(nodes.B, HttpStatusCode.ServiceUnavailable));
            var received = await handler.ReceiveAsync();

            await onB.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == received["reference"]!.GetValue<string>());
        }
        finally
        {
            await nodes.Redis.StartAsync();
            await NodeReadiness.AwaitAsync(nodes.B, HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Once_Redis_is_back_each_hub_client_is_made_to_reconnect_and_then_hears_the_other_node_again()
    {
        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, "handler@demo.local");
        var handlerOnB = await DeskApi.SignInAsync(nodes.B.App, "handler@demo.local");
        await using var onB = await nodes.B.ListenAsync(handlerOnB, nameof(IDeskClient.ComplaintChanged));
        var closed = new TaskCompletionSource();
        onB.Connection.Closed += _ => Task.Run(closed.SetResult);

        await nodes.Redis.KillAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await NodeReadiness.AwaitAsync(nodes.A, HttpStatusCode.ServiceUnavailable));
        var missed = (await handlerOnA.ReceiveAsync())["reference"]!.GetValue<string>();
        await nodes.Redis.StartAsync();

        await closed.Task.WaitAsync(DeskHubListener.Patience);
        // What B's client missed is in the database, which every node reads: reading again after reconnecting finds it.
        Assert.Equal(missed, (await handlerOnB.GetAsync(missed))["reference"]!.GetValue<string>());
        await using var again = await nodes.B.ListenAsync(handlerOnB, nameof(IDeskClient.ComplaintChanged));
        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(nodes.A, HttpStatusCode.OK));
        var later = (await handlerOnA.ReceiveAsync())["reference"]!.GetValue<string>();
        await again.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == later);
    }

    [Fact]
    public async Task A_node_started_while_Redis_is_away_serves_alone_and_joins_the_others_once_Redis_is_up()
    {
        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, "handler@demo.local");
        await nodes.Redis.KillAsync();
        await using var c = await nodes.StartAnotherAsync();
        var handlerOnC = await DeskApi.SignInAsync(c.App, "handler@demo.local");
        await using var onC = await c.ListenAsync(handlerOnC, nameof(IDeskClient.ComplaintChanged));
        var closed = new TaskCompletionSource();
        onC.Connection.Closed += _ => Task.Run(closed.SetResult);
        var own = (await handlerOnC.ReceiveAsync())["reference"]!.GetValue<string>();
        await onC.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == own);

        await nodes.Redis.StartAsync();

        await closed.Task.WaitAsync(DeskHubListener.Patience);
        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(c, HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, await NodeReadiness.AwaitAsync(nodes.A, HttpStatusCode.OK));
        await using var again = await c.ListenAsync(handlerOnC, nameof(IDeskClient.ComplaintChanged));
        var fromA = (await handlerOnA.ReceiveAsync())["reference"]!.GetValue<string>();
        await again.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == fromA);
    }

    private static string? Reference(JsonElement change) => change.GetProperty("reference").GetString();
}
