using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Staff;

/// <summary>A desk user as the complaint process sees them.</summary>
public sealed record StaffMember(string UserId, string Email, string DisplayName, IReadOnlySet<DeskRole> Roles)
{
    public bool WorksComplaints => DeskCapabilities.AnyHas(Roles, DeskCapability.WorkComplaints);
}
