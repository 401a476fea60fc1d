using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

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
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<DeskUser> signIn)
    {
        var target = LocalOrHome(returnUrl);
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        var result = user is null || string.IsNullOrEmpty(password)
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(target);
        }

        var error = result.IsLockedOut ? "locked" : "failed";
        return Results.LocalRedirect(
            $"/login?error={error}&email={Uri.EscapeDataString(email ?? "")}&ReturnUrl={Uri.EscapeDataString(target)}");
    }

    private static async Task<IResult> LogoutAsync(SignInManager<DeskUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/login");
    }

    // Only paths inside the desk: never an open redirect.
    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
