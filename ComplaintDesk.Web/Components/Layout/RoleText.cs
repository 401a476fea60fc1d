using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Web.Components.Layout;

public static class RoleText
{
    public static string Describe(DeskRole role) => role switch
    {
        DeskRole.QualityManager => "Quality manager",
        _ => role.ToString(),
    };
}
