using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Components.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintDesk.Web.Auth;

/// <summary>Cookie sign-in and sign-out for the desk's pages; plain form posts, protected by antiforgery.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/logout", LogoutAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, DeskSignIn signIn, HttpContext http)
    {
        var target = LocalOrHome(returnUrl);
        var attempt = await signIn.CheckAsync(email, password, http.Connection.RemoteIpAddress);
        switch (attempt.Outcome)
        {
            case SignInOutcome.Succeeded:
                await signIn.SignInWithCookieAsync(attempt.User!, http.RequestAborted);
                return Results.LocalRedirect(target);
            case SignInOutcome.Paused:
                http.Response.Headers.RetryAfter = SignInPause.Seconds(attempt.RetryAfter);
                return new RazorComponentResult<SignInPausedPage> { StatusCode = StatusCodes.Status429TooManyRequests };
            default:
                var error = attempt.Outcome == SignInOutcome.LockedOut ? "locked" : "failed";
                return Results.LocalRedirect(
                    $"/login?error={error}&email={Uri.EscapeDataString(email ?? "")}&ReturnUrl={Uri.EscapeDataString(target)}");
        }
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, DeskSignIn signIn, SignInManager<DeskUser> signInManager)
    {
        await signIn.EndSessionAsync(http.User, http.RequestAborted);
        await signInManager.SignOutAsync();
        return Results.LocalRedirect("/login");
    }

    // Only paths inside the desk: never an open redirect.
    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
