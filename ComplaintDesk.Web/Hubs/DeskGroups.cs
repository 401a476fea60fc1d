using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Web.Hubs;

/// <summary>Hub group names: one per role and one per person.</summary>
public static class DeskGroups
{
    public static string Role(DeskRole role) => $"role:{role}";

    public static string User(string userId) => $"user:{userId}";

    /// <summary>Every role reads complaints, so a change goes to all of them.</summary>
    public static IReadOnlyList<string> EveryRole { get; } = Enum.GetValues<DeskRole>().Select(Role).ToList();
}
