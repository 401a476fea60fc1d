using System.Security.Claims;

namespace ComplaintDesk.Web.Auth;

/// <summary>The claim that ties a cookie or bearer token to its session on the server.</summary>
public static class SessionClaims
{
    public const string SessionId = "desk_session";

    public static string? SessionIdOf(ClaimsPrincipal principal) => principal.FindFirstValue(SessionId);
}
