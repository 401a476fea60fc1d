using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// With <c>Desk:Proxy:AffinityCookie</c> set, every browser gets a random cookie of that name once, for the proxy in
/// front of several nodes to keep it on one node.
/// </summary>
public sealed class KeepingABrowserOnOneNode
{
    private const string Cookie = "desk_node";

    [Fact]
    public async Task A_browser_without_the_cookie_gets_a_random_one_for_a_month()
    {
        await using var desk = new AffinityDesk(Cookie);
        var browser = desk.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var first = await AffinityCookieOfAsync(browser, sentBack: null);
        var second = await AffinityCookieOfAsync(browser, sentBack: null);

        Assert.NotNull(first);
        Assert.Matches($"^{Cookie}=[0-9A-F]{{32}}; max-age=2592000; path=/; samesite=lax; httponly$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_browser_that_has_the_cookie_keeps_it()
    {
        await using var desk = new AffinityDesk(Cookie);
        var browser = desk.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        Assert.Null(await AffinityCookieOfAsync(browser, sentBack: $"{Cookie}=0123456789ABCDEF0123456789ABCDEF"));
    }

    [Fact]
    public async Task Without_the_setting_no_browser_gets_a_cookie_for_a_proxy()
    {
        await using var desk = new DeskApiFactory();
        var browser = desk.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var answer = await browser.GetAsync("/health/live");

        Assert.False(answer.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_cookie_name_a_browser_could_not_send_back_stops_the_desk_at_start()
    {
        await using var desk = new AffinityDesk("desk node;");

        var refused = Assert.Throws<OptionsValidationException>(() => desk.Server);

        Assert.Contains("Desk:Proxy:AffinityCookie", refused.Message);
    }

    private static async Task<string?> AffinityCookieOfAsync(HttpClient browser, string? sentBack)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        if (sentBack is not null)
        {
            request.Headers.Add("Cookie", sentBack);
        }

        using var answer = await browser.SendAsync(request);
        return answer.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.SingleOrDefault(c => c.StartsWith($"{Cookie}=", StringComparison.Ordinal)) : null;
    }

    private sealed class AffinityDesk(string cookie) : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:Proxy:AffinityCookie"] = cookie,
        };
    }
}
