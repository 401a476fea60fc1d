using System.Net;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// The complainant's information joins the timeline as their own words, made by the complainant and no staff member;
/// when the desk was awaiting them, the paused clocks run again and the complaint is back in investigation; after the
/// decision, it waits beside it, and the complainant may still accept or reject.
/// </summary>
public sealed class AddingInformationThroughTheStatusLink(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task Information_awaited_resumes_the_paused_clocks_and_the_investigation()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("awaiting");
        var paused = await handler.GetAsync(reference);
        Assert.All(Open(paused), c => Assert.True(c["paused"]!.GetValue<bool>()));

        var answer = await _complainant.PostAsync(token, "information", new { text = "I bought it at the Kadıköy shop.\nReceipt attached." });

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var resumed = await handler.GetAsync(reference);
        Assert.Equal("InInvestigation", resumed["status"]!.GetValue<string>());
        Assert.All(Open(resumed), c => Assert.False(c["paused"]!.GetValue<bool>()));
        var entry = resumed["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("ComplainantInformation", "complainant"), (entry["kind"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
        Assert.Equal("I bought it at the Kadıköy shop.\nReceipt attached.", entry["text"]!.GetValue<string>());
        Assert.Equal("handler@demo.local", resumed["assignee"]!.GetValue<string>());
        Assert.Equal("investigating", (await _complainant.StatusAsync(token))["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Information_nobody_asked_for_joins_the_timeline_and_leaves_the_stage_as_it_was()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("received");

        var answer = await _complainant.PostAsync(token, "information", new { text = "It happened again today." });

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var complaint = await handler.GetAsync(reference);
        Assert.Equal("Received", complaint["status"]!.GetValue<string>());
        Assert.Null(complaint["assignee"]);
        Assert.Equal("It happened again today.", complaint["timeline"]!.AsArray()[^1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Information_after_the_decision_joins_the_timeline_and_the_decision_still_awaits_the_verdict()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("decided");

        var answer = await _complainant.PostAsync(token, "information", new { text = "Before I answer: does the refund cover the delivery fee?" });

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var complaint = await handler.GetAsync(reference);
        Assert.Equal("DecisionCommunicated", complaint["status"]!.GetValue<string>());
        Assert.Equal("Before I answer: does the refund cover the delivery fee?", complaint["timeline"]!.AsArray()[^1]!["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await _complainant.PostAsync(token, "accept")).StatusCode);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Open(System.Text.Json.Nodes.JsonObject complaint) =>
        complaint["clocks"]!.AsArray().Where(c => c!["stoppedAt"] is null).Select(c => c!);
}
