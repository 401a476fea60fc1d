using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Web.Api;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder v1) =>
        v1.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithTags("Auth")
            .WithSummary("Exchanges an e-mail and password for a bearer token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request,
        DeskSignIn signIn,
        HttpContext http,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        IOptions<IdentityOptions> identityOptions,
        TimeProvider time)
    {
        new FieldErrors()
            .Required("email", request.Email, DeskMessage.Of("Api.EnterEmail"))
            .Required("password", request.Password, DeskMessage.Of("Api.EnterPassword"))
            .ThrowIfAny();

        var attempt = await signIn.CheckAsync(request.Email, request.Password, http.Connection.RemoteIpAddress);
        if (attempt.Outcome == SignInOutcome.Paused)
        {
            http.Response.Headers.RetryAfter = SignInPause.Seconds(attempt.RetryAfter);
            return TypedResults.Problem(
                SignInPause.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins");
        }

        if (attempt.Outcome != SignInOutcome.Succeeded)
        {
            return TypedResults.Problem(
                attempt.Outcome == SignInOutcome.LockedOut
                    ? $"This account is locked after too many failed sign-ins. Try again in {identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes or ask an administrator."
                    : "The e-mail address or password is not right.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed");
        }

        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + options.BearerTokenExpiration };
        var principal = await signIn.StartTokenSessionAsync(attempt.User!, http.RequestAborted);
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new AccessTokenResponse(
            options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
