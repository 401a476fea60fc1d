using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Forwarded headers are believed only from the proxies in <c>Desk:Proxy:KnownProxies</c>; what the desk
/// believes shows in whose failed sign-ins are counted together.
/// </summary>
public sealed class TrustingOnlyKnownProxies
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_address_is_counted_on_its_own()
    {
        await using var factory = new ProxiedDesk(Proxy);
        var http = factory.CreateClient();
        await FailTwentyTimesAsync(http, "203.0.113.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(http, "203.0.113.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(http, "198.51.100.9")).StatusCode);
    }

    [Fact]
    public async Task A_proxy_not_in_the_list_cannot_change_the_client_address()
    {
        await using var factory = new ProxiedDesk("192.0.2.1");
        var http = factory.CreateClient();
        await FailTwentyTimesAsync(http, "203.0.113.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(http, "198.51.100.9")).StatusCode);
    }

    private static async Task FailTwentyTimesAsync(HttpClient http, string client)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(http, client, "nobody@demo.local", "wrong-password")).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SignInAsync(
        HttpClient http, string forwardedFor, string email = "handler@demo.local", string password = DeskApi.Password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return http.SendAsync(request);
    }

    /// <summary>The desk with every request arriving from the proxy's address, as Kestrel would report it.</summary>
    private sealed class ProxiedDesk(string knownProxy) : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:Proxy:KnownProxies:0"] = knownProxy,
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FromProxy>());
        }
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
