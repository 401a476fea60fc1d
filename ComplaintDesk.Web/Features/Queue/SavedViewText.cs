using ComplaintDesk.Core.Views;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The words of the saved-views menu.</summary>
public static class SavedViewText
{
    public static string DefaultLabel(SavedViewEntry view) =>
        view.IsDefault ? $"{view.Name} opens your queue; click to open it as it comes" : $"Open your queue with {view.Name}";

    public static string Saved(SavedViewEntry view) =>
        view.IsDefault ? $"View \"{view.Name}\" saved; your queue opens with it." : $"View \"{view.Name}\" saved.";

    public static string RenameTitle(SavedViewEntry view) => $"Rename the view \"{view.Name}\"";

    public static string Renamed(SavedViewEntry before, SavedViewEntry after) => $"View \"{before.Name}\" is now \"{after.Name}\".";

    public static string DeleteTitle(SavedViewEntry view) => $"Delete the view \"{view.Name}\"?";

    public static string DeleteConsequence(SavedViewEntry view) =>
        "It leaves your views for good; the complaints it shows are not touched."
        + (view.IsDefault ? " Your queue then opens as it comes, with no saved view." : "");

    public static string Deleted(SavedViewEntry view) => $"View \"{view.Name}\" deleted.";

    public static string DefaultChanged(SavedViewEntry view, bool isDefault) =>
        isDefault ? $"Your queue opens with \"{view.Name}\"." : "Your queue opens as it comes, with no saved view.";
}
