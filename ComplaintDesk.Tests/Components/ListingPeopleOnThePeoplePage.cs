using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.People;

namespace ComplaintDesk.Tests.Components;

public sealed class ListingPeopleOnThePeoplePage : PeoplePageContext
{
    [Fact]
    public void Shows_each_person_with_name_e_mail_roles_and_state()
    {
        People.People.Add(new("id-x", "gone@example.com", "Gönül Eski", [DeskRole.Handler, DeskRole.Supervisor], false, false));

        var page = RenderPage<PeoplePage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-person]").Count));
        var gone = page.Find("[data-person='gone@example.com']").Closest("tr")!;
        Assert.Equal("Gönül Eski", gone.QuerySelector("[data-person]")!.TextContent.Trim());
        Assert.Contains("Supervisor", gone.TextContent, StringComparison.Ordinal);
        Assert.NotNull(gone.QuerySelector("[data-state='deactivated']"));
        Assert.NotNull(gone.QuerySelector("[data-activate='gone@example.com']"));
        Assert.NotNull(page.Find("[data-person='handler@demo.local']").Closest("tr")!.QuerySelector("[data-deactivate='handler@demo.local']"));
    }

    [Fact]
    public void Asks_for_the_first_page_and_then_for_the_typed_text()
    {
        var page = RenderPage<PeoplePage>();
        page.WaitForAssertion(() => Assert.Single(People.Searches));

        page.Find("#people-search").Input("ayşe");
        Time.Advance(TimeSpan.FromMilliseconds(300));

        page.WaitForAssertion(() => Assert.Equal(2, People.Searches.Count));
        Assert.Equal((null, 1, 25), (People.Searches[0].Q, People.Searches[0].Page, People.Searches[0].PageSize));
        Assert.Equal("ayşe", People.Searches[1].Q);
    }
}
