using ComplaintDesk.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// One authorization policy per <see cref="DeskCapability"/>, named after it and generated from
/// <see cref="DeskCapabilities"/>: pages, endpoints, the hub and the menu ask for a capability, never a role.
/// </summary>
public static class CapabilityPolicies
{
    public static void AddCapabilityPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var capability in Enum.GetValues<DeskCapability>())
        {
            var roles = DeskCapabilities.RolesWith(capability).Select(role => role.ToString());
            options.AddPolicy(capability.ToString(), policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
