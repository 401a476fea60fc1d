using System.Net;
using System.Security.Claims;
using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Checks a sign-in the same way for the page and the API, and starts and ends the sessions that
/// cookies and tokens carry.
/// </summary>
public sealed class DeskSignIn(
    SignInManager<DeskUser> signIn, SignInThrottle throttle, SessionLedger sessions, AccessCheck access, IOptions<DeskSessionOptions> sessionOptions)
{
    // A hash of a password nobody knows: an unknown or deactivated account is checked against it, so the
    // time an answer takes says nothing about which accounts exist.
    private static string? _decoyHash;

    public async Task<SignInAttempt> CheckAsync(string? email, string? password, IPAddress? client)
    {
        if (throttle.PauseFor(client) is { } wait)
        {
            return new SignInAttempt(SignInOutcome.Paused, RetryAfter: wait);
        }

        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        var result = user is { IsActive: true } && !string.IsNullOrEmpty(password)
            ? await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)
            : CheckDecoy(password);
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInOutcome.Succeeded, user);
        }

        throttle.RecordFailure(client);
        return new SignInAttempt(result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed);
    }

    /// <summary>Signs the person in with a cookie for a new session, which ends after the absolute timeout however busy.</summary>
    public async Task SignInWithCookieAsync(DeskUser user, CancellationToken cancellationToken)
    {
        var sessionId = await sessions.StartAsync(user.Id, sessionOptions.Value.AbsoluteTimeout, cancellationToken);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SessionClaims.SessionId, sessionId)]);
    }

    /// <summary>
    /// Signs the person in again within the same session after they changed their own password: the change
    /// renewed their security stamp, which would otherwise refuse the cookie they are using.
    /// </summary>
    public async Task RenewCookieAsync(ClaimsPrincipal current)
    {
        var user = await signIn.UserManager.GetUserAsync(current)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        var sessionId = SessionClaims.SessionIdOf(current)
            ?? throw new InvalidOperationException("The sign-in carries no session.");
        access.Forget(current);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SessionClaims.SessionId, sessionId)]);
    }

    /// <summary>The person's principal for a bearer token of a new session, limited by the token's own expiry.</summary>
    public async Task<ClaimsPrincipal> StartTokenSessionAsync(DeskUser user, CancellationToken cancellationToken)
    {
        var sessionId = await sessions.StartAsync(user.Id, lastsFor: null, cancellationToken);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaims.SessionId, sessionId));
        return principal;
    }

    /// <summary>Ends the session the principal belongs to: its cookie or token is refused from the next request on.</summary>
    public async Task EndSessionAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (SessionClaims.SessionIdOf(principal) is { } sessionId)
        {
            await sessions.EndAsync(sessionId, cancellationToken);
            access.Forget(principal);
        }
    }

    private SignInResult CheckDecoy(string? password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        var decoy = new DeskUser();
        _decoyHash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(decoy, _decoyHash, password ?? "");
        return SignInResult.Failed;
    }
}
