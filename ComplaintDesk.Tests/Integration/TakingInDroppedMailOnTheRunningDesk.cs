using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Failover;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Through the running desk: a message dropped into the configured inbound folder becomes a complaint on the API at
/// the desk's next round of picking up mail, with nobody asking.
/// </summary>
public sealed class TakingInDroppedMailOnTheRunningDesk : IClassFixture<DeskApiFactory>
{
    private readonly DeskApiFactory _factory;

    public TakingInDroppedMailOnTheRunningDesk(DeskApiFactory factory) => _factory = factory;

    [Fact]
    public async Task A_dropped_message_becomes_an_email_complaint_visible_through_the_api()
    {
        var handler = await DeskApi.SignInAsync(_factory, "handler@demo.local");
        var subject = $"Router {Guid.NewGuid():N}";

        await IncomingMails.DropAsync(_factory.InboundFolder, IncomingMails.Message(subject, "The router reboots every hour."));

        // The desk's clock is a fake one: each read moves it on by a round, so the poller's next round comes due.
        var found = await RealTimeWait.UntilAsync<JsonNode?>(
            async () =>
            {
                _factory.Time.Advance(TimeSpan.FromSeconds(10));
                return await FindAsync(handler, subject);
            },
            summary => summary is not null);
        var complaint = await handler.GetAsync(found!["reference"]!.GetValue<string>());
        Assert.Equal(("Email", "The router reboots every hour."), (complaint["channel"]!.GetValue<string>(), complaint["description"]!.GetValue<string>()));
        Assert.Null(complaint["assignee"]);
    }

    private static async Task<JsonNode?> FindAsync(DeskApi api, string subject)
    {
        var page = await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?pageSize=200&sort=-receivedAt");
        return page!["items"]!.AsArray().FirstOrDefault(c => c!["productOrService"]!.GetValue<string>() == subject);
    }
}
