using Bunit;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Components;

/// <summary>The saved-views menu renames a view in a small dialog that shows Core's refusal on the name.</summary>
public sealed class RenamingASavedViewFromTheQueueMenu : SavedViewsMenuContext
{
    [Fact]
    public async Task The_dialog_opens_on_the_views_name_and_the_menu_lists_it_under_the_new_one()
    {
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-rename-view='Closed last']");
        var name = dialogs.WaitForElement("#rename-view-name");
        Assert.Equal("Closed last", name.GetAttribute("value"));
        name.Input("Closed, oldest first");
        dialogs.Find("#rename-view-send").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#rename-view-send")));
        Assert.Equal(["Closed, oldest first", "High"], SavedViews.Views.Select(v => v.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Closed, oldest first", "High"], Listed(menu));
    }

    [Fact]
    public async Task A_refused_name_is_shown_on_its_field_the_dialog_stays_open_and_no_name_changes()
    {
        SavedViews.Refusal = InvalidInputException.For("name", "You have a view named \"High\" already; choose another name.");
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-rename-view='Closed last']");
        dialogs.WaitForElement("#rename-view-name").Input("high");
        dialogs.Find("#rename-view-send").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("already", dialogs.Find("#rename-view-name").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.NotNull(dialogs.Find("#rename-view-send"));
        Assert.Equal(["Closed last", "High"], SavedViews.Views.Select(v => v.Name));
    }
}
