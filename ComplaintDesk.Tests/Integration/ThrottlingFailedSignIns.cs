using System.Net;
using System.Net.Http.Json;

namespace ComplaintDesk.Tests.Integration;

/// <summary>More than 20 failed sign-ins in a minute from one client address: the next answer is 429.</summary>
public sealed class ThrottlingFailedSignIns
{
    [Fact]
    public async Task The_api_answers_the_twenty_first_attempt_with_429_and_Retry_After()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // Spread over people, so no account locks first: the address is what is throttled.
            var email = attempt % 2 == 0 ? "nobody@demo.local" : "handler@demo.local";
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(http, email, "wrong-password")).StatusCode);
        }

        var paused = await SignInAsync(http, "supervisor@demo.local", DeskApi.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.InRange(paused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("Too many failed sign-ins", (await DeskApi.ProblemAsync(paused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_form_answers_the_twenty_first_attempt_with_429_and_Retry_After()
    {
        await using var factory = new DeskApiFactory();
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var failed = await CookieSignIn.PostFormAsync(browser, "nobody@demo.local", "wrong-password");
            Assert.StartsWith("/login?error=failed", failed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var paused = await CookieSignIn.PostFormAsync(browser, "handler@demo.local", DeskApi.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.NotNull(paused.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many failed sign-ins", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_count()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        for (var attempt = 0; attempt < 25; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(http, "handler@demo.local", DeskApi.Password)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, string email, string password) =>
        http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
}
