using System.Text.RegularExpressions;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Signs in through the sign-in page's form, as a browser does, keeping the cookie in the client.</summary>
public static partial class CookieSignIn
{
    public static async Task<HttpClient> SignInAsync(DeskApiFactory factory, string email)
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostFormAsync(http, email, DeskApi.Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return http;
    }

    /// <summary>Posts the sign-in form with the antiforgery token the page handed out.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string email, string password)
    {
        var page = await http.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
