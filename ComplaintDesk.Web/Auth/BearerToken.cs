using Microsoft.AspNetCore.Authentication.BearerToken;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Where a bearer token travels: the Authorization header, or for the hub's WebSocket (which cannot
/// set headers from a browser) the <c>access_token</c> query parameter.
/// </summary>
public static class BearerToken
{
    private const string HubQueryParameter = "access_token";

    public static bool IsPresent(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments(HubSetup.Path) && request.Query.ContainsKey(HubQueryParameter));

    public static Task ReadFromHubQuery(MessageReceivedContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubSetup.Path) && context.Request.Query.TryGetValue(HubQueryParameter, out var token))
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }
}
