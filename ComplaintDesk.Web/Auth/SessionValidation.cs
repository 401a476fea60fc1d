using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Web.Auth;

/// <summary>Refuses a cookie or bearer token whose session has ended (see <see cref="AccessCheck"/>).</summary>
public static class SessionValidation
{
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var access = context.HttpContext.RequestServices.GetRequiredService<AccessCheck>();
        if (context.Principal is null || !await access.IsValidAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// The bearer handler has no hook after it reads a token, so the token is read here too: a valid
    /// token of an ended session fails before the handler would accept it.
    /// </summary>
    public static async Task ValidateBearerAsync(MessageReceivedContext context)
    {
        // The handler reads the header itself, but not the hub's query parameter.
        var token = context.Token = BearerToken.Read(context.Request);
        var ticket = token is null ? null : context.Options.BearerTokenProtector.Unprotect(token);
        if (ticket?.Principal is null)
        {
            // Nothing readable: the handler refuses it on its own.
            return;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<AccessCheck>();
        if (!await access.IsValidAsync(ticket.Principal, context.HttpContext.RequestAborted))
        {
            context.Fail("The session of this token has ended.");
        }
    }
}
