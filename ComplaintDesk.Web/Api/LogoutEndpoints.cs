using System.Security.Claims;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Web.Api;

public static class LogoutEndpoints
{
    public static void MapLogoutEndpoints(this RouteGroupBuilder v1) =>
        v1.MapPost("/auth/logout", LogoutAsync)
            // Bearer only: a cookie signs out through the page's form, which antiforgery protects.
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithTags("Auth")
            .WithSummary("Ends the session of the bearer token it is sent with; the token is refused from then on.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> LogoutAsync(ClaimsPrincipal user, DeskSignIn signIn, CancellationToken cancellationToken)
    {
        await signIn.EndSessionAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }
}
