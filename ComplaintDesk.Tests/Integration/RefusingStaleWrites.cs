using System.Net;

namespace ComplaintDesk.Tests.Integration;

public class RefusingStaleWrites(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_stale_If_Match_is_refused_with_409_and_nothing_is_written()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        await api.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        var before = await api.GetAsync(reference);

        var response = await api.ActAsync(reference, "acknowledge", new { channel = "Email" }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("changed by someone else", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await api.GetAsync(reference)).ToJsonString());
    }

    [Fact]
    public async Task The_current_version_in_If_Match_is_accepted_and_the_new_version_comes_back_as_ETag()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var response = await api.ActAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Of_two_people_acting_on_the_same_version_only_the_first_wins()
    {
        var first = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var second = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await first.ReceiveAsync())["reference"]!.GetValue<string>();

        var responses = await Task.WhenAll(
            first.ActAsync(reference, "note", new { text = "First" }, ifMatch: 1),
            second.ActAsync(reference, "note", new { text = "Second" }, ifMatch: 1));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var after = await first.GetAsync(reference);
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal(2, after["timeline"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_malformed_If_Match_is_a_400()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{reference}/note")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { text = "Hello" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"abc\"");

        var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await api.GetAsync(reference))["version"]!.GetValue<int>());
    }
}
