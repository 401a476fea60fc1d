using System.Security.Claims;
using ComplaintDesk.Core.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintDesk.Web.Auth;

/// <summary>The person signed in to this circuit, as Core's <see cref="Actor"/>.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetActorAsync() => (await GetPrincipalAsync()).ToActor();

    /// <summary>Null for a visitor who has not signed in (e.g. on a page that does not exist).</summary>
    public async Task<Actor?> FindActorAsync()
    {
        var user = await GetPrincipalAsync();
        return user.Identity?.IsAuthenticated == true ? user.ToActor() : null;
    }

    public async Task<string> GetDisplayNameAsync()
    {
        var user = await GetPrincipalAsync();
        return user.FindFirstValue(DeskClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
    }

    private async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
