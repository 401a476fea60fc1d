using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The queue's saved-views menu: apply a view, save the one on screen, choose the default, delete.</summary>
public sealed class KeepingSavedViewsInTheQueueMenu : DeskPageContext
{
    private static readonly QueueView _defaults = QueueView.Default(QueueScope.Mine);
    private readonly List<QueueView> _applied = [];

    public KeepingSavedViewsInTheQueueMenu()
    {
        SignInAs(DeskPerson.Handler);
        SavedViews.Holds(
            new SavedViewEntry(1, "Closed last", "tab=closed&sort=-priority", false),
            new SavedViewEntry(2, "High", "priority=High", true));
    }

    private IRenderedComponent<SavedViews> RenderMenu(QueueView current) => RenderPage<SavedViews>(p => p
        .Add(m => m.Current, current)
        .Add(m => m.Defaults, _defaults)
        .Add(m => m.OnApply, view => _applied.Add(view)));

    private static void Open(IRenderedComponent<SavedViews> menu) => menu.Find("#saved-views button").Click();

    private AngleSharp.Dom.IElement InMenu(string selector) => Popovers!.Find($".mud-popover-open {selector}");

    // The popover re-renders as it settles: find and click in one step on the renderer's thread.
    private async Task ClickInMenuAsync(string selector)
    {
        Popovers!.WaitForElement($".mud-popover-open {selector}");
        await Popovers!.InvokeAsync(() => InMenu(selector).Click());
    }

    [Fact]
    public async Task Applying_a_view_hands_the_page_the_view_its_query_describes()
    {
        var menu = RenderMenu(_defaults);
        Open(menu);

        await ClickInMenuAsync("[data-apply-view='Closed last']");

        menu.WaitForAssertion(() => Assert.Equal([new QueueView(QueueScope.Closed, null, null, "-priority", 1, 25)], _applied));
    }

    [Fact]
    public void The_menu_is_named_after_the_saved_view_on_screen()
    {
        var menu = RenderMenu(_defaults with { Priority = Priority.High, Page = 3 });

        Assert.Equal("High", menu.Find("#saved-views").GetAttribute("data-current-view"));
    }

    [Fact]
    public async Task Saving_keeps_the_view_on_screen_from_its_first_page_under_the_name_typed_and_lists_it()
    {
        var dialogs = RenderDialogs();
        var menu = RenderMenu(_defaults with { Scope = QueueScope.Unassigned, Text = "fatura", Page = 4 });
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
        var menu = RenderMenu(_defaults);
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
        var menu = RenderMenu(_defaults);
        Open(menu);

        await ClickInMenuAsync("[data-default-view='Closed last']");
        Popovers!.WaitForAssertion(() => Assert.Equal("true", InMenu("[data-default-view='Closed last']").GetAttribute("aria-pressed")));
        var afterFirst = SavedViews.Views.Where(v => v.IsDefault).Select(v => v.Name).ToList();
        await ClickInMenuAsync("[data-default-view='Closed last']");

        Popovers!.WaitForAssertion(() => Assert.Equal("false", InMenu("[data-default-view='Closed last']").GetAttribute("aria-pressed")));
        Assert.Equal(["Closed last"], afterFirst);
        Assert.DoesNotContain(SavedViews.Views, v => v.IsDefault);
    }

    [Fact]
    public async Task Deleting_a_view_removes_it_from_the_menu()
    {
        var menu = RenderMenu(_defaults);
        Open(menu);

        await ClickInMenuAsync("[data-delete-view='High']");

        Popovers!.WaitForAssertion(() => Assert.Equal(["Closed last"], Popovers!.FindAll("[data-saved-view]").Select(v => v.GetAttribute("data-saved-view"))));
        Assert.Equal(["Closed last"], SavedViews.Views.Select(v => v.Name));
    }
}
