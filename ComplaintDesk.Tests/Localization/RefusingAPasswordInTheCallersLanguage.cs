using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// Identity's password rules reach an API caller in its Accept-Language, for a person's own new password and for one an
/// administrator sets; English stays word for word what Identity always answered.
/// </summary>
public sealed class RefusingAPasswordInTheCallersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    public static TheoryData<string, string[]> WeakPasswordWords() => new()
    {
        {
            "tr-TR",
            [
                "Parola en az 8 karakter olmalı.", "Parola harf ve rakam dışında en az bir karakter içermeli.",
                "Parola en az bir rakam ('0'-'9') içermeli.", "Parola en az bir büyük harf ('A'-'Z') içermeli.",
            ]
        },
        {
            "en",
            [
                "Passwords must be at least 8 characters.", "Passwords must have at least one non alphanumeric character.",
                "Passwords must have at least one digit ('0'-'9').", "Passwords must have at least one uppercase ('A'-'Z').",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(WeakPasswordWords))]
    public async Task A_weak_new_password_of_your_own(string language, string[] words)
    {
        var person = await DeskApi.SignInAsync(factory, "handler2@demo.local");

        var answer = await SendAsync(person, language, "/api/v1/auth/change-password", new { currentPassword = DeskApi.Password, newPassword = "abc" });

        Assert.Equal(words, Errors(answer, "newPassword"));
    }

    [Theory]
    [MemberData(nameof(WeakPasswordWords))]
    public async Task A_weak_password_an_administrator_sets(string language, string[] words)
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users?q=handler2@demo.local"))!["items"]![0]!["id"]!.GetValue<string>();

        var answer = await SendAsync(admin, language, $"/api/v1/users/{id}/reset-password", new { password = "abc" });

        Assert.Equal(words, Errors(answer, "password"));
    }

    private static IEnumerable<string> Errors(JsonObject problem, string field) =>
        problem["errors"]![field]!.AsArray().Select(error => error!.GetValue<string>());

    private static async Task<JsonObject> SendAsync(DeskApi api, string language, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await DeskApi.ProblemAsync(response);
    }
}
