using System.Net;
using System.Text;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Localization;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// A language named without a region (<c>tr</c>), in Accept-Language or the culture cookie, is the desk's <c>tr-TR</c>
/// rather than the default language (English in the tests).
/// </summary>
public sealed class ReadingALanguageWithoutARegion(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Accept_Language_tr_gets_pages_in_Turkish()
    {
        var browser = await CookieSignIn.SignInAsync(factory, "handler2@demo.local");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr");

        var page = await browser.GetStringAsync("/");

        Assert.Contains("lang=\"tr-TR\"", page, StringComparison.Ordinal);
        Assert.Contains("Kuyruk", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_culture_cookie_of_tr_gets_pages_in_Turkish()
    {
        // A client of its own, without a cookie jar, so the cookie is exactly the one written here.
        var browser = factory.CreateDefaultClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        browser.DefaultRequestHeaders.Add("Cookie", $"{CultureCookie.Name}=c%3Dtr%7Cuic%3Dtr");

        var page = await browser.GetStringAsync("/login");

        Assert.Contains("lang=\"tr-TR\"", page, StringComparison.Ordinal);
        Assert.Contains("Parola", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_problems_for_Accept_Language_tr_are_in_Turkish()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("tr");

        var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bazı bilgiler eksik veya geçersiz.", (await DeskApi.ProblemAsync(response))["title"]!.GetValue<string>());
    }
}
