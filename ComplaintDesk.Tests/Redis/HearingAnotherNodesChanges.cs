using System.Text.Json;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Tests.Redis;

/// <summary>Through Redis, a change made on one node reaches the hub clients of the other, each message once.</summary>
public sealed class HearingAnotherNodesChanges(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_hub_client_on_node_B_hears_a_complaint_received_through_node_A()
    {
        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, "handler@demo.local");
        var handlerOnB = await DeskApi.SignInAsync(nodes.B.App, "handler@demo.local");
        await using var onB = await nodes.B.ListenAsync(handlerOnB, nameof(IDeskClient.ComplaintChanged));

        var received = await handlerOnA.ReceiveAsync();

        var heard = await onB.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == received["reference"]!.GetValue<string>());
        Assert.Equal(received["version"]!.GetValue<int>(), heard.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Supervisors_on_either_node_hear_an_alert_raised_on_node_A_exactly_once()
    {
        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, "handler@demo.local");
        await using var supervisorOnA = await nodes.A.ListenAsync(
            await DeskApi.SignInAsync(nodes.A.App, "supervisor@demo.local"), nameof(IDeskClient.ComplaintChanged), nameof(IDeskClient.AlertRaised));
        await using var supervisorOnB = await nodes.B.ListenAsync(
            await DeskApi.SignInAsync(nodes.B.App, "supervisor@demo.local"), nameof(IDeskClient.ComplaintChanged), nameof(IDeskClient.AlertRaised));
        var reference = (await handlerOnA.ReceiveAsync())["reference"]!.GetValue<string>();

        await handlerOnA.MoveAsync(reference, "escalate", new { reason = "The complainant wrote to the press." });
        // A duplicate would follow right behind the first: a later message on the same connection proves none is coming.
        var marker = (await handlerOnA.ReceiveAsync())["reference"]!.GetValue<string>();

        foreach (var supervisor in new[] { supervisorOnA, supervisorOnB })
        {
            await supervisor.NextAsync(nameof(IDeskClient.ComplaintChanged), m => Reference(m) == marker);
            var alerts = supervisor.Seen.Where(m => m.Method == nameof(IDeskClient.AlertRaised) && AlertAbout(m.Message) == reference);
            Assert.Single(alerts);
        }
    }

    private static string? Reference(JsonElement change) => change.GetProperty("reference").GetString();

    private static string? AlertAbout(JsonElement alert) => alert.GetProperty("complaintReference").GetString();
}
