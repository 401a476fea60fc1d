using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Forwarded headers are believed only from the proxies in <c>Desk:Proxy:KnownProxies</c>; what the desk
/// believes shows in whose failed sign-ins are counted together.
/// </summary>
public sealed class TrustingOnlyKnownProxies
{
    private static readonly IPAddress _proxy = IPAddress.Parse("10.0.0.5");

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_address_is_counted_on_its_own()
    {
        await using var factory = new ProxiedDesk("10.0.0.5");
        await FailTwentyTimesAsync(factory, "203.0.113.7");

        Assert.Equal(StatusCodes.Status429TooManyRequests, await SignInAsync(factory, "203.0.113.7"));
        Assert.Equal(StatusCodes.Status200OK, await SignInAsync(factory, "198.51.100.9"));
    }

    [Fact]
    public async Task A_proxy_not_in_the_list_cannot_change_the_client_address()
    {
        await using var factory = new ProxiedDesk("192.0.2.1");
        await FailTwentyTimesAsync(factory, "203.0.113.7");

        Assert.Equal(StatusCodes.Status429TooManyRequests, await SignInAsync(factory, "198.51.100.9"));
    }

    private static async Task FailTwentyTimesAsync(DeskApiFactory factory, string client)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            Assert.Equal(StatusCodes.Status401Unauthorized, await SignInAsync(factory, client, "nobody@demo.local", "wrong-password"));
        }
    }

    /// <summary>A sign-in arriving from the proxy's address, naming <paramref name="forwardedFor"/> as the client.</summary>
    private static async Task<int> SignInAsync(
        DeskApiFactory factory, string forwardedFor, string email = "handler@demo.local", string password = DeskApi.Password)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"email":"{{email}}","password":"{{password}}"}""");
        var context = await factory.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = _proxy;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/v1/auth/login";
            http.Request.ContentType = "application/json";
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            http.Request.Body = new MemoryStream(body);
        });
        return context.Response.StatusCode;
    }

    private sealed class ProxiedDesk(string proxy) : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:Proxy:KnownProxies:0"] = proxy,
        };
    }
}
