using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class SigningIn(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Gives_a_bearer_token_that_opens_the_api()
    {
        var http = factory.CreateClient();
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = DeskApi.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrEmpty(body["accessToken"]!.GetValue<string>()));
        Assert.Equal(3600, body["expiresIn"]!.GetValue<long>());

        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task Refuses_a_wrong_password_with_401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync(
            "/api/v1/auth/login", new { email = "handler2@demo.local", password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await DeskApi.ProblemAsync(response);
        Assert.Contains("not right", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locks_the_account_after_ten_wrong_passwords()
    {
        var http = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.local", password = "wrong-password" });
        }

        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.local", password = DeskApi.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/complaints")]
    [InlineData("GET", "/api/v1/complaints/CMP-2026-000001")]
    [InlineData("POST", "/api/v1/complaints")]
    [InlineData("POST", "/api/v1/complaints/CMP-2026-000001/acknowledge")]
    public async Task Refuses_an_unauthenticated_call_with_401(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_forged_bearer_token()
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task Refuses_an_expired_token()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }
}
