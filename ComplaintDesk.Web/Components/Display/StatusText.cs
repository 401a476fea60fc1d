using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>Status, channel, priority, contact and remedy names as a person reads them on screen, in their language.</summary>
public static class StatusText
{
    public static string Describe(this IStringLocalizer<DeskText> text, ComplaintStatus status) => text[$"Status.{status}"];

    public static string Describe(this IStringLocalizer<DeskText> text, Channel channel) => text[$"Channel.{channel}"];

    public static string Describe(this IStringLocalizer<DeskText> text, Priority priority) => text[$"Priority.{priority}"];

    public static string Describe(this IStringLocalizer<DeskText> text, ContactMethod method) => text[$"ContactMethod.{method}"];

    public static string Describe(this IStringLocalizer<DeskText> text, RemedyType remedy) => text[$"Remedy.{remedy}"];
}
