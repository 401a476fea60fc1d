using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// A request speaks the person's stored choice (the culture cookie set at sign-in), else its Accept-Language,
/// else Desk:DefaultCulture; API answers and pages alike.
/// </summary>
public sealed partial class SpeakingThePersonsLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("tr-TR,tr;q=0.9", "Bazı bilgiler eksik veya geçersiz.")]
    [InlineData("en-GB,en;q=0.9", "Some details are missing or not valid.")]
    [InlineData("de-DE", "Some details are missing or not valid.")]
    public async Task Api_problems_follow_Accept_Language_then_the_default(string acceptLanguage, string title)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await DeskApi.ProblemAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_who_has_not_chosen_gets_no_culture_cookie_and_their_browsers_language()
    {
        var browser = await CookieSignIn.SignInAsync(factory, "handler2@demo.local");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr-TR");

        var page = await browser.GetStringAsync("/");

        Assert.Contains("lang=\"tr-TR\"", page, StringComparison.Ordinal);
        Assert.Contains("Kuyruk", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_choice_from_the_menu_is_kept_on_the_account_and_applied_at_the_next_sign_in()
    {
        var first = await CookieSignIn.SignInAsync(factory, "supervisor@demo.local");
        var chosen = await ChooseAsync(first, "tr-TR");
        Assert.Equal("/alerts", chosen.Headers.Location?.OriginalString);

        var again = await CookieSignIn.SignInAsync(factory, "supervisor@demo.local");
        again.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await again.GetStringAsync("/");

        Assert.Equal("tr-TR", await StoredChoiceAsync("supervisor@demo.local"));
        Assert.Contains("lang=\"tr-TR\"", page, StringComparison.Ordinal);
        Assert.Contains("Kuyruk", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_the_desk_does_not_speak_is_refused_and_nothing_is_kept()
    {
        var browser = await CookieSignIn.SignInAsync(factory, "quality@demo.local");

        var response = await ChooseAsync(browser, "de-DE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await StoredChoiceAsync("quality@demo.local"));
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient browser, string culture)
    {
        // The sign-in page hands a signed-in browser a token for its own identity; the menu's form renders only when opened.
        var page = await browser.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await browser.PostAsync("/account/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = culture,
            ["returnUrl"] = "/alerts",
        }));
    }

    private async Task<string?> StoredChoiceAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        return (await users.FindByEmailAsync(email))!.PreferredCulture;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
