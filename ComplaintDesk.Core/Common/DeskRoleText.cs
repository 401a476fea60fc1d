namespace ComplaintDesk.Core.Common;

public static class DeskRoleText
{
    /// <summary>The role's members in running text, e.g. "quality managers".</summary>
    public static string Plural(this DeskRole role) => role switch
    {
        DeskRole.QualityManager => "quality managers",
        _ => $"{role.ToString().ToLowerInvariant()}s",
    };
}
