using System.Net;
using System.Net.Http.Headers;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Localization;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// The status page opens in the language the complainant was registered with, whatever their browser asks for; a
/// language they chose with the page's switch (kept in the culture cookie) wins over it.
/// </summary>
public sealed class OpeningTheStatusPageInTheComplainantsLanguage(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task A_Turkish_complainant_reads_it_in_Turkish_in_an_English_browser()
    {
        var token = await TokenOfAsync("tr");

        var html = await PageAsync(token, culture: null);

        Assert.Contains("<html lang=\"tr-TR\"", html, StringComparison.Ordinal);
        Assert.Contains("Şikâyetiniz", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_chosen_with_the_switch_wins()
    {
        var token = await TokenOfAsync("tr");

        var html = await PageAsync(token, culture: "en");

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Your complaint", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_language_the_browsers_decides_as_before()
    {
        var token = await TokenOfAsync(null);

        var html = await PageAsync(token, culture: null);

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    private async Task<string> TokenOfAsync(string? language)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var created = await handler.ReceiveAsync(new
        {
            channel = "Phone",
            complainant = new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email", language },
            productOrService = "Kettle K-200",
            category = "Product quality",
            description = "The kettle leaks from the base.",
        });
        return await _complainant.TokenForAsync(created["reference"]!.GetValue<string>());
    }

    private async Task<string> PageAsync(string token, string? culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/status/{token}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        if (culture is not null)
        {
            request.Headers.Add("Cookie", $"{CultureCookie.Name}={Uri.EscapeDataString($"c={culture}|uic={culture}")}");
        }

        var response = await _complainant.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
