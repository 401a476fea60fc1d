using System.Net;
using System.Net.Http.Json;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Localization;

/// <summary>A sign-in the API refuses is worded in the caller's Accept-Language, its missing fields too.</summary>
public sealed class RefusingASignInInTheCallersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("tr-TR", "Oturum açılamadı", "E-posta adresi veya parola doğru değil.")]
    [InlineData("en", "Sign-in failed", "The e-mail address or password is not right.")]
    public async Task A_wrong_password_on_the_api(string language, string title, string detail)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler2@demo.local", password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await DeskApi.ProblemAsync(response);
        Assert.Equal((title, detail), (problem["title"]!.GetValue<string>(), problem["detail"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("tr-TR", "Bazı bilgiler eksik veya geçersiz.", "E-posta adresinizi girin.", "Parolanızı girin.")]
    [InlineData("en", "Some details are missing or not valid.", "Enter your e-mail address.", "Enter your password.")]
    public async Task Missing_fields_on_the_api(string language, string title, string email, string password)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await DeskApi.ProblemAsync(response);
        Assert.Equal(
            (title, email, password),
            (problem["title"]!.GetValue<string>(), problem["errors"]!["email"]![0]!.GetValue<string>(), problem["errors"]!["password"]![0]!.GetValue<string>()));
    }
}
