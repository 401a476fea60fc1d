using System.Net;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// Nodes on one PostgreSQL database share one key ring, kept in that database: a sign-in form, cookie or bearer
/// token that one node handed out is good on another.
/// </summary>
public sealed partial class TrustingWhatAnotherNodeIssuedOnPostgres : IAsyncLifetime
{
    private readonly Dictionary<string, string> _browserCookies = [];
    private string _database = "";
    private PostgresNode? _first;
    private PostgresNode? _second;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        (_first, _second) = (new PostgresNode(_database), new PostgresNode(_database));
        _ = _first.Services;
        _ = _second.Services;
    }

    public async Task DisposeAsync()
    {
        await _first!.DisposeAsync();
        await _second!.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }

    [Fact]
    public async Task A_form_from_one_node_signs_in_on_another_and_the_cookie_works_on_the_first()
    {
        var first = _first!.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var second = _second!.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var page = await SendAsync(first, new HttpRequestMessage(HttpMethod.Get, "/login"));
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var signIn = await SendAsync(second, new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["email"] = "supervisor@demo.local",
                ["password"] = DeskApi.Password,
                ["returnUrl"] = "/",
            }),
        });
        var listing = await SendAsync(first, new HttpRequestMessage(HttpMethod.Get, "/api/v1/complaints"));

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_from_one_node_is_good_on_another()
    {
        var issued = await DeskApi.SignInAsync(_first!, "handler@demo.local");
        var second = _second!.CreateClient();
        second.DefaultRequestHeaders.Authorization = issued.Http.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task The_key_ring_every_node_uses_is_the_one_in_the_database()
    {
        await DeskApi.SignInAsync(_first!, "handler@demo.local");
        await using var db = await _first!.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        var stored = await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync();

        foreach (var node in new[] { _first, _second! })
        {
            var used = node.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => $"key-{k.KeyId:D}");
            Assert.Equal(stored.Order(), used.Order());
        }

        Assert.NotEmpty(stored);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        if (_browserCookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _browserCookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = SetCookieHeaderValue.Parse(header);
            _browserCookies[pair.Name.ToString()] = pair.Value.ToString();
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
