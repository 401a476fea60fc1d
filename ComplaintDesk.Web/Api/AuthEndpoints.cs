using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
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
        IStringLocalizer<DeskText> text,
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
                text["Account.Paused.Explain"], statusCode: StatusCodes.Status429TooManyRequests, title: text["Account.Paused.Problem"]);
        }

        if (attempt.Outcome != SignInOutcome.Succeeded)
        {
            return TypedResults.Problem(
                attempt.Outcome == SignInOutcome.LockedOut
                    ? text["Login.Locked", identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes.ToString("0", CultureInfo.CurrentCulture)]
                    : text["Login.Failed"],
                statusCode: StatusCodes.Status401Unauthorized,
                title: text["Account.SignInFailed"]);
        }

        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + options.BearerTokenExpiration };
        var principal = await signIn.StartTokenSessionAsync(attempt.User!, http.RequestAborted);
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new AccessTokenResponse(
            options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
