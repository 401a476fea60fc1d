using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Layout;

public static class RoleText
{
    /// <summary>A role's name on screen, in the person's language.</summary>
    public static string Describe(this IStringLocalizer<DeskText> text, DeskRole role) => text[$"Role.{role}"];
}
