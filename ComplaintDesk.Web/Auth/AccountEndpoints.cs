using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Components.Account;
using ComplaintDesk.Web.Localization;
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
        app.MapPost(CultureChoice.Path, CultureChoice.ChooseAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, DeskSignIn signIn, HttpContext http)
    {
        var target = LocalPath.OrHome(returnUrl);
        var attempt = await signIn.CheckAsync(email, password, http.Connection.RemoteIpAddress);
        switch (attempt.Outcome)
        {
            case SignInOutcome.Succeeded:
                await signIn.SignInWithCookieAsync(attempt.User!, http.RequestAborted);
                CultureCookie.Apply(http, attempt.User!.PreferredCulture);
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
}
