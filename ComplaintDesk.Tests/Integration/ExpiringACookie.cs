using System.Net;

namespace ComplaintDesk.Tests.Integration;

public sealed class ExpiringACookie
{
    private const string Queue = "/api/v1/complaints";

    [Fact]
    public async Task A_cookie_unused_for_thirty_minutes_is_refused()
    {
        await using var factory = new DeskApiFactory();
        var browser = await CookieSignIn.SignInAsync(factory, "handler@demo.local");
        factory.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Queue)).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(Queue)).StatusCode);
    }

    [Fact]
    public async Task A_cookie_in_use_all_day_is_refused_after_twelve_hours()
    {
        await using var factory = new DeskApiFactory();
        var browser = await CookieSignIn.SignInAsync(factory, "handler@demo.local");
        var used = TimeSpan.Zero;
        while (used < TimeSpan.FromHours(11.5))
        {
            factory.Time.Advance(TimeSpan.FromMinutes(20));
            used += TimeSpan.FromMinutes(20);
            Assert.True((await browser.GetAsync(Queue)).StatusCode == HttpStatusCode.OK, $"Refused after {used} in use.");
        }

        factory.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(Queue)).StatusCode);
    }
}
