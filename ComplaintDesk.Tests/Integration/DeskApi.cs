using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Talks to the API as one signed-in person would.</summary>
public sealed class DeskApi(HttpClient http)
{
    public const string Password = "Demo!2345";

    public HttpClient Http => http;

    public static Task<DeskApi> SignInAsync(DeskApiFactory factory, string email) => SignInAsync(factory.CreateClient(), email);

    /// <summary>Signs in over <paramref name="http"/>, which may reach a node outside this process.</summary>
    public static async Task<DeskApi> SignInAsync(HttpClient http, string email)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new DeskApi(http);
    }

    public static object NewComplaintBody(
        string description = "The kettle leaks from the base.", string? subjectStaffEmail = null, string category = "Product quality", string? priority = null) => new
    {
        channel = "Phone",
        complainant = new { name = "Ali Veli", email = "ali@example.com", phone = "+90 532 111 2233", preferredContact = "Email" },
        productOrService = "Kettle K-200",
        category,
        description,
        desiredOutcome = "A new kettle.",
        subjectStaffEmail,
        priority,
    };

    public async Task<JsonObject> ReceiveAsync(object? body = null)
    {
        var response = await http.PostAsJsonAsync("/api/v1/complaints", body ?? NewComplaintBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> GetAsync(string reference) =>
        (await http.GetFromJsonAsync<JsonObject>($"/api/v1/complaints/{reference}"))!;

    public Task<HttpResponseMessage> ActAsync(string reference, string action, object? body = null, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{reference}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        return http.SendAsync(request);
    }

    /// <summary>Makes a move that must succeed and returns the complaint after it.</summary>
    public async Task<JsonObject> MoveAsync(string reference, string action, object? body = null)
    {
        var response = await ActAsync(reference, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
