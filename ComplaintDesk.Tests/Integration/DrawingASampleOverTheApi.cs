using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary><c>GET /api/v1/audit/sample</c>: finished complaints drawn at random for review, the same again by the seed it answers with.</summary>
public sealed class DrawingASampleOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task An_auditor_draws_the_same_sample_again_by_its_seed_and_others_are_refused()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        for (var i = 0; i < 3; i++)
        {
            var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
            await handler.MoveAsync(reference, "withdraw", new { reason = "Solved at the counter." });
        }

        var first = await quality.Http.GetFromJsonAsync<JsonObject>("/api/v1/audit/sample?size=2");
        var seed = first!["seed"]!.GetValue<int>();
        var again = await quality.Http.GetFromJsonAsync<JsonObject>($"/api/v1/audit/sample?size=2&seed={seed}");
        var tooLarge = await quality.Http.GetAsync("/api/v1/audit/sample?size=101");
        var notAnAuditor = await handler.Http.GetAsync("/api/v1/audit/sample");

        Assert.True(first["total"]!.GetValue<int>() >= 3);
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal(References(first), References(again!));
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(tooLarge))["errors"]!["size"]);
        Assert.Equal(HttpStatusCode.Forbidden, notAnAuditor.StatusCode);
    }

    private static string[] References(JsonObject sample) => [.. sample["items"]!.AsArray().Select(c => c!["reference"]!.GetValue<string>())];
}
