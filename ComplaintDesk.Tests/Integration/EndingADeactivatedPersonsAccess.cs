using System.Net;
using System.Net.Http.Json;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Within a minute of a deactivation or a renewed security stamp, everything the person holds stops working.</summary>
public sealed class EndingADeactivatedPersonsAccess(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static readonly TimeSpan _window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Their_bearer_token_is_refused_within_a_minute()
    {
        var api = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var colleague = await DeskApi.SignInAsync(factory, "handler@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);

        await AccountChanges.DeactivateAsync(factory, "handler2@demo.local");
        factory.Time.Advance(_window);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task A_renewed_security_stamp_refuses_the_token_within_a_minute()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);

        await AccountChanges.RenewSecurityStampAsync(factory, "quality@demo.local");
        factory.Time.Advance(_window);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);
        var again = await DeskApi.SignInAsync(factory, "quality@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task Their_open_hub_connection_is_closed_by_the_server_within_a_minute()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var token = api.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        // A WebSocket is authenticated once, when it opens: only the server's own check can close it later.
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, $"{HubSetup.Path.TrimStart('/')}?access_token={Uri.EscapeDataString(token)}"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                    await factory.Server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await DeskHubListener.InGroupsAsync(connection);

        await AccountChanges.DeactivateAsync(factory, "supervisor@demo.local");
        factory.Time.Advance(_window);

        await closed.Task.WaitAsync(DeskHubListener.Patience);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task Their_sign_in_gets_the_same_answer_as_a_wrong_password()
    {
        await AccountChanges.DeactivateAsync(factory, "admin@demo.local");
        var http = factory.CreateClient();

        var deactivated = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.local", password = DeskApi.Password });
        var wrong = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, deactivated.StatusCode);
        Assert.Equal(
            (await DeskApi.ProblemAsync(wrong))["detail"]!.GetValue<string>(),
            (await DeskApi.ProblemAsync(deactivated))["detail"]!.GetValue<string>());
        var form = await CookieSignIn.PostFormAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), "admin@demo.local", DeskApi.Password);
        Assert.StartsWith("/login?error=failed", form.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
