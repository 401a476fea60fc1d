using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using ComplaintDesk.Web.Api;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Every date-time in an API answer, and in the hub's messages, is an ISO 8601 instant in UTC written with Z.</summary>
public sealed partial class WritingEveryTimeInUtc(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_complaint_the_list_alerts_reports_and_the_audit_write_every_time_in_utc()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        // Received in Istanbul's offset: the answer spells the same instant in UTC.
        var received = await handler.ReceiveAsync(ReceivedInIstanbul());
        var reference = received["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "Legal threat." });
        var built = await quality.Http.PostAsync("/api/v1/reports/monthly/2026-11", null);

        var answers = new Dictionary<string, JsonNode?>
        {
            ["received"] = received,
            ["complaint"] = await handler.GetAsync(reference),
            ["list"] = await handler.Http.GetFromJsonAsync<JsonNode>("/api/v1/complaints?pageSize=100"),
            ["alerts"] = await supervisor.Http.GetFromJsonAsync<JsonNode>("/api/v1/alerts?open=false"),
            ["report"] = await built.Content.ReadFromJsonAsync<JsonNode>(),
            ["reports"] = await quality.Http.GetFromJsonAsync<JsonNode>("/api/v1/reports/monthly"),
            ["access"] = await quality.Http.GetFromJsonAsync<JsonNode>("/api/v1/audit/access"),
            ["events"] = await quality.Http.GetFromJsonAsync<JsonNode>("/api/v1/audit/events"),
        };

        Assert.Equal("2026-11-23T09:00:00Z", received["receivedAt"]!.GetValue<string>());
        foreach (var (name, answer) in answers)
        {
            var times = TimesIn(answer).ToList();
            Assert.True(times.Count > 0, $"The {name} answer has no time to check.");
            Assert.All(times, time => Assert.Matches(UtcWithZ(), time));
        }
    }

    [Fact]
    public async Task The_api_document_says_which_form_times_take()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var document = await OpenApiConformance.DocumentAsync(handler.Http);

        Assert.Contains(UtcInstantJsonConverter.Description, document["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_writes_times_as_the_api_does()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var heard = Channel.CreateUnbounded<JsonElement>();
        await using var connection = DeskHubListener.Connection(factory, supervisor.Http.DefaultRequestHeaders.Authorization?.Parameter);
        connection.On<JsonElement>(nameof(IDeskClient.AlertRaised), alert => heard.Writer.TryWrite(alert));
        await connection.StartAsync();
        await DeskHubListener.InGroupsAsync(connection);

        var reference = (await handler.ReceiveAsync(ReceivedInIstanbul()))["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "Legal threat." });

        using var patience = new CancellationTokenSource(DeskHubListener.Patience);
        JsonNode? alert;
        do
        {
            alert = JsonNode.Parse((await heard.Reader.ReadAsync(patience.Token)).GetRawText());
        }
        while (alert!["complaintReference"]!.GetValue<string>() != reference);

        Assert.Matches(UtcWithZ(), alert["raisedAt"]!.GetValue<string>());
    }

    private static object ReceivedInIstanbul() => new
    {
        channel = "Email",
        receivedAt = "2026-11-23T12:00:00+03:00",
        complainant = new { name = "Ece Çelik", email = "ece@example.com", preferredContact = "Email" },
        productOrService = "Call centre",
        description = "Waited 48 minutes on hold.",
    };

    private static IEnumerable<string> TimesIn(JsonNode? node) => node switch
    {
        JsonObject item => item.SelectMany(field => TimesIn(field.Value)),
        JsonArray items => items.SelectMany(TimesIn),
        JsonValue value when value.TryGetValue<string>(out var text) && LooksLikeATime().IsMatch(text) => [text],
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex LooksLikeATime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcWithZ();
}
