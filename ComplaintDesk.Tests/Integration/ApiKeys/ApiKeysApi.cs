using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration.ApiKeys;

/// <summary>Issuing keys as an administrator does over the API, and calling the desk with one.</summary>
internal static class ApiKeysApi
{
    public static async Task<string> IdOfAsync(DeskApi admin, string email)
    {
        var page = await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?q={Uri.EscapeDataString(email)}");
        return page!["items"]!.AsArray().Single(u => u!["email"]!.GetValue<string>() == email)!["id"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> IssueAsync(DeskApi admin, string personId, string? name, string? scope, int? expiresInDays = null) =>
        admin.Http.PostAsJsonAsync($"/api/v1/users/{personId}/api-keys", new { name, scope, expiresInDays });

    /// <summary>The issued key's id and secret.</summary>
    public static async Task<(string Id, string Secret)> IssuedAsync(DeskApi admin, string personId, string scope, int? expiresInDays = null)
    {
        var response = await IssueAsync(admin, personId, $"{scope} system", scope, expiresInDays);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["key"]!["id"]!.GetValue<string>(), body["secret"]!.GetValue<string>());
    }

    public static async Task<JsonArray> ListAsync(DeskApi admin, string personId) =>
        (await admin.Http.GetFromJsonAsync<JsonArray>($"/api/v1/users/{personId}/api-keys"))!;

    public static Task<HttpResponseMessage> RevokeAsync(DeskApi admin, string personId, string keyId) =>
        admin.Http.PostAsync($"/api/v1/users/{personId}/api-keys/{keyId}/revoke", null);

    /// <summary>A client that signs every request with the key, as another system would.</summary>
    public static DeskApi With(DeskApiFactory factory, string secret)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return new DeskApi(http);
    }
}
