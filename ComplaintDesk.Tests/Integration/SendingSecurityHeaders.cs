using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ComplaintDesk.Tests.Integration;

public sealed class SendingSecurityHeaders(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/api/v1/complaints")]
    [InlineData("/css/desk.css")]
    [InlineData("/no/such/page")]
    [InlineData("/health/live")]
    public async Task Every_answer_carries_the_policy_and_the_protective_headers(string path)
    {
        var browser = await CookieSignIn.SignInAsync(factory, "handler@demo.local");

        var response = await browser.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains("base-uri 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEmpty(Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.NotEmpty(Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_api_answer_for_a_bearer_token_carries_them_too()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        var response = await api.Http.GetAsync("/api/v1/complaints");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Production_adds_HSTS_to_https_answers()
    {
        await using var production = new ProductionDesk();
        var http = production.CreateClient(new() { BaseAddress = new Uri("https://desk.example/") });

        var response = await http.GetAsync("/login");

        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    private sealed class ProductionDesk : DeskApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
