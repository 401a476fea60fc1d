using System.Net;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// <c>Desk:StatusPage</c> limits how often one link is asked for, and how often one address asks for any: past either,
/// the answer is 429 with Retry-After, a problem for the API and a page for a person.
/// </summary>
public sealed class LimitingRequestsPerLinkAndAddress(LimitingRequestsPerLinkAndAddress.Factory factory)
    : IClassFixture<LimitingRequestsPerLinkAndAddress.Factory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task A_link_asked_for_too_often_answers_429_and_so_does_its_address_for_other_links()
    {
        var (_, _, token) = await _complainant.ComplaintAsync("received");
        var (_, _, another) = await _complainant.ComplaintAsync("received");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await _complainant.ReadAsync(token));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var limited = answers[^1];
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 429 says when to try again.");
        Assert.Contains("Too many requests", (await DeskApi.ProblemAsync(limited))["title"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _complainant.ReadAsync(another)).StatusCode);
        var page = await _complainant.Http.GetAsync($"/status/{another}");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("id=\"status-paused\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_elsewhere_on_the_desk_are_not_counted()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await handler.Http.GetAsync("/api/v1/complaints")).StatusCode);
        }
    }

    public sealed class Factory : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:StatusPage:PermitsPerToken"] = "3",
            ["Desk:StatusPage:PermitsPerAddress"] = "6",
            ["Desk:StatusPage:Window"] = "01:00:00",
        };
    }
}
