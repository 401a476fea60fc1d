using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Api;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder v1) =>
        v1.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithTags("Auth")
            .WithSummary("Exchanges an e-mail and password for a bearer token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request,
        UserManager<DeskUser> users,
        SignInManager<DeskUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        IOptions<IdentityOptions> identityOptions,
        TimeProvider time)
    {
        new FieldErrors()
            .Required("email", request.Email, "Enter your e-mail address.")
            .Required("password", request.Password, "Enter your password.")
            .ThrowIfAny();

        var user = await users.FindByEmailAsync(request.Email!.Trim());
        var result = user is null
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                result.IsLockedOut
                    ? $"This account is locked after too many failed sign-ins. Try again in {identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes or ask an administrator."
                    : "The e-mail address or password is not right.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed");
        }

        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(await signIn.CreateUserPrincipalAsync(user!), properties, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new AccessTokenResponse(
            options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
