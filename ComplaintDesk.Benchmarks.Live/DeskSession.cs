using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>One demo person signed in to the desk's API over real HTTP.</summary>
internal sealed class DeskSession : IDisposable
{
    public const string Password = "Demo!2345";
    private readonly HttpClient _http;

    private DeskSession(HttpClient http, string accessToken)
    {
        _http = http;
        AccessToken = accessToken;
    }

    public string AccessToken { get; }

    public static async Task<DeskSession> SignInAsync(Uri server, string email, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = server };
        try
        {
            var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return new DeskSession(http, token);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Registers a complaint; <paramref name="priority"/> null leaves it to the desk's default.</summary>
    public async Task<RegisteredComplaint> RegisterAsync(string? priority, CancellationToken cancellationToken) =>
        RegisteredComplaint.From(await RegisterJsonAsync(priority, cancellationToken));

    /// <summary>Registers a complaint at the desk's default priority; the newest, it heads the queue's first page.</summary>
    public async Task<QueueRow> RegisterRowAsync(CancellationToken cancellationToken) => QueueRow.From(await RegisterJsonAsync(null, cancellationToken));

    public async Task<QueueRow> AssignAsync(string reference, string assignee, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync($"/api/v1/complaints/{reference}/assign", new { assigneeEmail = assignee }, cancellationToken);
        return QueueRow.From(await ReadAsync(response, cancellationToken));
    }

    public async Task EscalateAsync(string reference, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync(
            $"/api/v1/complaints/{reference}/escalate", new { reason = "The complainant threatens legal action." }, cancellationToken);
        await ReadAsync(response, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonObject> RegisterJsonAsync(string? priority, CancellationToken cancellationToken)
    {
        var body = new
        {
            channel = "Phone",
            complainant = new { name = "Ali Veli", email = "ali@example.com", phone = "+90 532 111 2233", preferredContact = "Email" },
            productOrService = "Kettle K-200",
            category = "Product quality",
            description = "The kettle leaks from the base.",
            desiredOutcome = "A new kettle.",
            priority,
        };
        var response = await _http.PostAsJsonAsync("/api/v1/complaints", body, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!.AsObject()
            : throw new HttpRequestException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
    }
}
