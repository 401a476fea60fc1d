using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Where a bearer token or API key travels: the Authorization header, or for the hub's WebSocket (which cannot
/// set headers from a browser) the <c>access_token</c> query parameter.
/// </summary>
public static class BearerToken
{
    private const string HubQueryParameter = "access_token";
    private const string HeaderPrefix = "Bearer ";

    /// <summary>The token the request carries, or null.</summary>
    public static string? Read(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[HeaderPrefix.Length..].Trim();
        }

        return request.Path.StartsWithSegments(HubSetup.Path) && request.Query.TryGetValue(HubQueryParameter, out var token) ? token.ToString() : null;
    }
}
