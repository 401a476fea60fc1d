using Bunit;

namespace ComplaintDesk.Tests.Components;

/// <summary>Deleting a saved view from the menu asks first, naming the view, with buttons that say what they do.</summary>
public sealed class DeletingASavedViewOnceConfirmed : SavedViewsMenuContext
{
    private static void Press(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs, string button) =>
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == button).Click());

    [Fact]
    public async Task The_question_names_the_view_and_only_Delete_view_deletes_it()
    {
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-delete-view='High']");

        dialogs.WaitForAssertion(() => Assert.Contains("Delete the view \"High\"?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(["Delete view", "Keep it"], dialogs.FindAll(".mud-dialog-actions button").Select(b => b.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(2, SavedViews.Views.Count);
        Press(dialogs, "Delete view");
        menu.WaitForAssertion(() => Assert.Equal(["Closed last"], SavedViews.Views.Select(v => v.Name)));
        Assert.Equal(["Closed last"], Listed(menu));
    }

    [Fact]
    public async Task Keep_it_keeps_the_view()
    {
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-delete-view='High']");
        Press(dialogs, "Keep it");

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog-actions")));
        Assert.Equal(["Closed last", "High"], SavedViews.Views.Select(v => v.Name));
        Assert.Equal(["Closed last", "High"], Listed(menu));
    }
}
