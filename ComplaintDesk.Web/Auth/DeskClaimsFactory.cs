using System.Security.Claims;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Adds the person's display name to their sign-in, so pages can greet them without a query, and whether
/// they must choose a new password before anything else.
/// </summary>
public sealed class DeskClaimsFactory(
    UserManager<DeskUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DeskUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    public const string MustChangePasswordClaim = "must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DeskUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
