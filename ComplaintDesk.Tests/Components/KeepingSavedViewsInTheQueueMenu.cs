using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The queue's saved-views menu: apply a view, save the one on screen, choose the default.</summary>
public sealed class KeepingSavedViewsInTheQueueMenu : SavedViewsMenuContext
{
    [Fact]
    public async Task Applying_a_view_hands_the_page_the_view_its_query_describes()
    {
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-apply-view='Closed last']");

        menu.WaitForAssertion(() => Assert.Equal([new QueueView(QueueScope.Closed, null, null, "-priority", 1, 25)], Applied));
    }

    [Fact]
    public void The_menu_is_named_after_the_saved_view_on_screen()
    {
        var menu = RenderMenu(QueueDefaults with { Priority = Priority.High, Page = 3 });

        Assert.Equal("High", menu.Find("#saved-views").GetAttribute("data-current-view"));
    }

    [Fact]
    public async Task Saving_keeps_the_view_on_screen_from_its_first_page_under_the_name_typed_and_lists_it()
    {
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults with { Scope = QueueScope.Unassigned, Text = "fatura", Page = 4 });
        Open(menu);

        await ClickInMenuAsync("#save-view");
        dialogs.WaitForElement("#save-view-name").Input("Unassigned invoices");
        dialogs.Find("#save-view-default").Change(true);
        dialogs.Find("#save-view-send").Click();

        dialogs.WaitForAssertion(() => Assert.Equal([("Unassigned invoices", "tab=unassigned&q=fatura", true)], SavedViews.Saves));
        menu.WaitForAssertion(() => Assert.Equal("Unassigned invoices", menu.Find("#saved-views").GetAttribute("data-current-view")));
    }

    [Fact]
    public async Task A_refused_name_is_shown_on_its_field_and_the_dialog_stays_open()
    {
        SavedViews.Refusal = InvalidInputException.For("name", "You have a view named \"High\" already; choose another name.");
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("#save-view");
        dialogs.WaitForElement("#save-view-name").Input("high");
        dialogs.Find("#save-view-send").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("already", dialogs.Find("#save-view-name").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(2, SavedViews.Views.Count);
    }

    [Fact]
    public async Task Starring_a_view_makes_it_the_default_and_starring_the_default_leaves_none()
    {
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        await ClickInMenuAsync("[data-default-view='Closed last']");
        Popovers!.WaitForAssertion(() => Assert.Equal("true", InMenu("[data-default-view='Closed last']").GetAttribute("aria-pressed")));
        var afterFirst = SavedViews.Views.Where(v => v.IsDefault).Select(v => v.Name).ToList();
        await ClickInMenuAsync("[data-default-view='Closed last']");

        Popovers!.WaitForAssertion(() => Assert.Equal("false", InMenu("[data-default-view='Closed last']").GetAttribute("aria-pressed")));
        Assert.Equal(["Closed last"], afterFirst);
        Assert.DoesNotContain(SavedViews.Views, v => v.IsDefault);
    }
}
