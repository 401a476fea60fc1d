using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Layout;

namespace ComplaintDesk.Tests.Components;

/// <summary>Administrators find the jobs dashboard in the menu; nobody else is shown a way to a page they may not open.</summary>
public sealed class FindingTheJobsDashboard : DeskPageContext
{
    private static readonly DeskPerson[] _people = [DeskPerson.Handler, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator];

    [Theory]
    [InlineData(DeskRole.Handler, false)]
    [InlineData(DeskRole.Supervisor, false)]
    [InlineData(DeskRole.QualityManager, false)]
    [InlineData(DeskRole.Administrator, true)]
    public void The_menu_has_jobs_for_administrators_only(DeskRole role, bool listed)
    {
        SignInAs(_people.Single(p => p.Role == role));

        var menu = Render<NavMenu>();

        Assert.Equal(listed ? ["Jobs"] : [], menu.FindAll("a[href='/hangfire']").Select(link => link.TextContent.Trim()));
    }
}
