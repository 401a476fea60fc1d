using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>A handler's saved-views menu over two views, "Closed last" and the default "High", with ways to open it and click in it.</summary>
public abstract class SavedViewsMenuContext : DeskPageContext
{
    protected static readonly QueueView QueueDefaults = QueueView.Default(QueueScope.Mine);

    protected SavedViewsMenuContext()
    {
        SignInAs(DeskPerson.Handler);
        SavedViews.Holds(
            new SavedViewEntry(1, "Closed last", "tab=closed&sort=-priority", false),
            new SavedViewEntry(2, "High", "priority=High", true));
    }

    protected List<QueueView> Applied { get; } = [];

    protected IRenderedComponent<SavedViews> RenderMenu(QueueView current) => RenderPage<SavedViews>(p => p
        .Add(m => m.Current, current)
        .Add(m => m.Defaults, QueueDefaults)
        .Add(m => m.OnApply, view => Applied.Add(view)));

    protected static void Open(IRenderedComponent<SavedViews> menu) => menu.Find("#saved-views button").Click();

    protected AngleSharp.Dom.IElement InMenu(string selector) => Popovers!.Find($".mud-popover-open {selector}");

    /// <summary>The popover re-renders as it settles: find and click in one step on the renderer's thread.</summary>
    protected async Task ClickInMenuAsync(string selector)
    {
        Popovers!.WaitForElement($".mud-popover-open {selector}");
        await Popovers!.InvokeAsync(() => InMenu(selector).Click());
    }

    /// <summary>The views the menu lists, by name, once opened again.</summary>
    protected IEnumerable<string?> Listed(IRenderedComponent<SavedViews> menu)
    {
        Open(menu);
        return Popovers!.WaitForElements(".mud-popover-open [data-saved-view]").Select(v => v.GetAttribute("data-saved-view"));
    }
}
