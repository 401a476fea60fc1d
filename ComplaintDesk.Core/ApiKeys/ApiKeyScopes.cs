using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.ApiKeys;

/// <summary>Which scopes a key may have for a person: an intake key for someone who cannot register complaints would do nothing.</summary>
public static class ApiKeyScopes
{
    public static bool Suit(ApiKeyScope scope, IEnumerable<DeskRole> roles) =>
        scope != ApiKeyScope.Intake || DeskCapabilities.AnyHas(roles, DeskCapability.ReceiveComplaints);
}
