using System.Security.Claims;
using System.Text.Encodings.Web;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Signs a request in as the person an API key was issued to, with their roles as they are now and the key's session, so
/// the hub's and circuits' checks treat it as any sign-in. A revoked or expired key, or a deactivated person's, is refused
/// on every request and every node at once: nothing of the verdict is kept.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyDesk keys,
    SignInManager<DeskUser> signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim that names what the key may do (<see cref="ApiKeyScope"/>).</summary>
    public const string ScopeClaim = "desk_api_key_scope";

    public static bool IsPresent(HttpRequest request) => ApiKeySecret.LooksLikeOne(BearerToken.Read(request));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerToken.Read(Request);
        if (!ApiKeySecret.LooksLikeOne(secret))
        {
            return AuthenticateResult.NoResult();
        }

        var holder = await keys.RecogniseAsync(secret!, Context.RequestAborted);
        var user = holder is null ? null : await signIn.UserManager.FindByIdAsync(holder.UserId);
        if (holder is null || user is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(SessionClaims.SessionId, holder.SessionId));
        identity.AddClaim(new Claim(ScopeClaim, holder.Scope.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
