using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The words of the saved-views menu.</summary>
public static class SavedViewText
{
    public static string DefaultLabel(this IStringLocalizer<DeskText> text, SavedViewEntry view) =>
        view.IsDefault ? text["Views.IsDefault", view.Name] : text["Views.MakeDefault", view.Name];

    public static string Saved(this IStringLocalizer<DeskText> text, SavedViewEntry view) =>
        view.IsDefault ? text["Views.SavedAsDefault", view.Name] : text["Views.SavedOne", view.Name];

    public static string RenameTitle(this IStringLocalizer<DeskText> text, SavedViewEntry view) => text["Views.RenameTitle", view.Name];

    public static string Renamed(this IStringLocalizer<DeskText> text, SavedViewEntry before, SavedViewEntry after) =>
        text["Views.Renamed", before.Name, after.Name];

    public static string DeleteTitle(this IStringLocalizer<DeskText> text, SavedViewEntry view) => text["Views.DeleteTitle", view.Name];

    public static string DeleteConsequence(this IStringLocalizer<DeskText> text, SavedViewEntry view) =>
        view.IsDefault ? text["Views.DeleteDefaultConsequence"] : text["Views.DeleteConsequence"];

    public static string Deleted(this IStringLocalizer<DeskText> text, SavedViewEntry view) => text["Views.Deleted", view.Name];

    public static string DefaultChanged(this IStringLocalizer<DeskText> text, SavedViewEntry view, bool isDefault) =>
        isDefault ? text["Views.OpensWith", view.Name] : text["Views.OpensAsItComes"];
}
