using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The people API as an administrator uses it, and sign-ins with any password.</summary>
internal static class PeopleApi
{
    public const string NewPassword = "Fresh!Start9";

    public static Task<DeskApi> AdministratorAsync(DeskApiFactory factory) => DeskApi.SignInAsync(factory, "admin@demo.local");

    public static Task<HttpResponseMessage> CreateAsync(DeskApi admin, string email, string[] roles, string password = NewPassword, string displayName = "Deniz Arslan") =>
        admin.Http.PostAsJsonAsync("/api/v1/users", new { email, displayName, roles, password });

    public static async Task<JsonObject> CreatedAsync(DeskApi admin, string email, params string[] roles)
    {
        var response = await CreateAsync(admin, email, roles);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static object Roles(params string[] roles) => new { roles };

    public static Task<HttpResponseMessage> SignInAsync(DeskApiFactory factory, string email, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    public static async Task<DeskApi> SignedInAsync(DeskApiFactory factory, string email, string password)
    {
        var response = await SignInAsync(factory, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
        return new DeskApi(http);
    }

    public static async Task<IReadOnlyList<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await DeskApi.ProblemAsync(response))["errors"]!.AsObject().Select(e => e.Key)];
    }

    /// <summary>The people changes of the audit trail as an administrator reads it through the API, in English.</summary>
    public static async Task<List<(string ActorEmail, string Summary, string? Details)>> PeopleAuditAsync(DeskApiFactory factory)
    {
        var admin = await AdministratorAsync(factory);
        var page = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/audit/events?pageSize=200"))!;
        return [.. page["items"]!.AsArray()
            .Select(e => (e!["actor"]!.GetValue<string>(), e["summary"]!.GetValue<string>(), e["text"]?.GetValue<string>()))
            .Where(e => e.Item2.StartsWith("People: ", StringComparison.Ordinal))];
    }
}
