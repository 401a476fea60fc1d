using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>A complainant with nothing but their status link, talking to the public status API; and a handler at the desk.</summary>
public sealed class Complainant(DeskApiFactory factory)
{
    public HttpClient Http { get; } = factory.CreateClient();

    /// <summary>The complaint's link, as a supervisor on the complaint page would have it issued.</summary>
    public async Task<string> TokenForAsync(string reference) =>
        await factory.Services.GetRequiredService<IStatusPageDesk>().TokenForAsync(reference, Actors.Supervisor, CancellationToken.None);

    public Task<HttpResponseMessage> ReadAsync(string token) => Http.GetAsync($"/api/public/status/{token}");

    public async Task<JsonObject> StatusAsync(string token)
    {
        var response = await ReadAsync(token);
        Assert.True(response.IsSuccessStatusCode, $"The status answered {(int)response.StatusCode}.");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task<HttpResponseMessage> PostAsync(string token, string action, object? body = null) =>
        Http.PostAsJsonAsync($"/api/public/status/{token}/{action}", body ?? new { });

    /// <summary>A new complaint brought to <paramref name="point"/> by a handler, and its status link.</summary>
    public async Task<(DeskApi Handler, string Reference, string Token)> ComplaintAsync(string point)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = point switch
        {
            "decided" => await ComplaintAt.DecisionCommunicatedAsync(handler, "handler@demo.local"),
            _ => (await handler.ReceiveAsync())["reference"]!.GetValue<string>(),
        };
        if (point == "awaiting")
        {
            await handler.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
            await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });
            await handler.MoveAsync(reference, "assess", new { priority = "Medium", category = "General" });
            await handler.MoveAsync(reference, "investigate");
            await handler.MoveAsync(reference, "await-complainant", new { question = "Which shop did you buy it from?" });
        }

        return (handler, reference, await TokenForAsync(reference));
    }
}
