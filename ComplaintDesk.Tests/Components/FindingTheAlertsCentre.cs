using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Layout;

namespace ComplaintDesk.Tests.Components;

/// <summary>The menu leads to the alerts centre for the roles alerts are raised to.</summary>
public sealed class FindingTheAlertsCentre : DeskPageContext
{
    private static readonly DeskPerson[] _people = [DeskPerson.Handler, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator];

    [Theory]
    [InlineData(DeskRole.Handler, true)]
    [InlineData(DeskRole.Supervisor, true)]
    [InlineData(DeskRole.QualityManager, true)]
    [InlineData(DeskRole.Administrator, false)]
    public void The_menu_has_alerts_for_the_roles_alerts_go_to(DeskRole role, bool listed)
    {
        SignInAs(_people.Single(p => p.Role == role));

        var menu = Render<NavMenu>();

        Assert.Equal(listed, menu.FindAll("a[href='/alerts']").Count == 1);
    }
}
