using System.Net;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// A complainant's move the complaint's stage does not allow, or with text the desk does not take, is refused with a
/// clear problem and writes nothing: not a version, not a timeline entry.
/// </summary>
public sealed class RefusingMovesTheStageDoesNotAllow(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Theory]
    [InlineData("accept", null, "A decision can be accepted only once it has been sent to you")]
    [InlineData("reject", "Not good enough.", "A decision can be rejected only once it has been sent to you")]
    public async Task Answering_a_decision_before_one_was_sent_is_409(string action, string? reason, string words)
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("received");
        var before = await handler.GetAsync(reference);

        var refused = await _complainant.PostAsync(token, action, reason is null ? null : new { reason });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(words, (await DeskApi.ProblemAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertUnchangedAsync(handler, reference, before);
    }

    [Fact]
    public async Task Accepting_twice_is_409_the_second_time()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("decided");
        Assert.Equal(HttpStatusCode.NoContent, (await _complainant.PostAsync(token, "accept")).StatusCode);
        var closed = await handler.GetAsync(reference);

        var again = await _complainant.PostAsync(token, "accept");
        var information = await _complainant.PostAsync(token, "information", new { text = "One more thing." });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, information.StatusCode));
        await AssertUnchangedAsync(handler, reference, closed);
    }

    [Theory]
    [InlineData("received", "information", "text", "", "Write the information you want to add.")]
    [InlineData("awaiting", "information", "text", "Pay \u202Eregnab\u202C now", "control or text-direction characters")]
    [InlineData("decided", "reject", "reason", "   ", "Write why you do not accept the decision.")]
    [InlineData("decided", "reject", "reason", "Bad\u0000", "control or text-direction characters")]
    public async Task Text_the_desk_does_not_take_is_400_with_the_field_named(string point, string action, string field, string text, string words)
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync(point);
        var before = await handler.GetAsync(reference);

        var refused = await _complainant.PostAsync(token, action, new Dictionary<string, string> { [field] = text });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await DeskApi.ProblemAsync(refused))["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Contains(errors, e => e.Contains(words, StringComparison.Ordinal));
        await AssertUnchangedAsync(handler, reference, before);
    }

    private static async Task AssertUnchangedAsync(DeskApi handler, string reference, JsonObject before)
    {
        var after = await handler.GetAsync(reference);
        Assert.Equal(before["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Equal(before["timeline"]!.AsArray().Count, after["timeline"]!.AsArray().Count);
        Assert.Equal(before["status"]!.GetValue<string>(), after["status"]!.GetValue<string>());
    }
}
