using Bunit;
using ComplaintDesk.Web.Components.Layout;

namespace ComplaintDesk.Tests.Components;

/// <summary>The menu marks the page a person is on, follows them as they move, and groups the administration pages under their heading.</summary>
public sealed class MarkingThePageInTheMenu : DeskPageContext
{
    [Fact]
    public void The_queue_is_marked_on_the_queue_whatever_its_filters_and_nothing_else_is()
    {
        SignInAs(DeskPerson.Supervisor);
        Navigation.NavigateTo("/?tab=unassigned&q=kettle");

        var menu = Render<NavMenu>();

        Assert.Equal(["/"], Current(menu));
    }

    [Fact]
    public void A_page_beneath_an_entry_marks_that_entry_and_the_mark_follows_navigation()
    {
        SignInAs(DeskPerson.Administrator);
        var menu = Render<NavMenu>();

        Navigation.NavigateTo("/admin/teams/support");

        menu.WaitForAssertion(() => Assert.Equal(["/admin/teams"], Current(menu)));
        Assert.Equal("page", menu.Find("a[href='/admin/teams']").GetAttribute("aria-current"));
    }

    [Fact]
    public void Administration_pages_sit_under_one_heading_for_those_who_may_open_them()
    {
        SignInAs(DeskPerson.Administrator);
        var administrator = Render<NavMenu>();

        Assert.Equal(["Administration"], administrator.FindAll(".desk-nav-section").Select(s => s.TextContent.Trim()));
        Assert.Equal(
            ["/admin/categories", "/admin/teams", "/admin/templates", "/hangfire"],
            administrator.FindAll(".desk-nav-section ~ .mud-nav-item a").Select(a => a.GetAttribute("href")!).Where(h => h != "/api"));

        SignInAs(DeskPerson.Handler);
        var handler = Render<NavMenu>();

        Assert.Empty(handler.FindAll(".desk-nav-section"));
    }

    private static IEnumerable<string> Current(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link.active").Select(link => link.GetAttribute("href")!);
}
