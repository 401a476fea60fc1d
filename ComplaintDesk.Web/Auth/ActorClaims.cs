using System.Security.Claims;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Web.Auth;

public static class ActorClaims
{
    /// <summary>The signed-in user as Core's <see cref="Actor"/>.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var roles = Enum.GetValues<DeskRole>().Where(role => user.IsInRole(role.ToString())).ToHashSet();
        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user has no id claim."),
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            roles);
    }
}
