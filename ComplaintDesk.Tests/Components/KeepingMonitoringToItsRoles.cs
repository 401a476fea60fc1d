using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Account;
using ComplaintDesk.Web.Components.Layout;
using ComplaintDesk.Web.Features.Monitoring;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Features.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>Monitoring and the monthly reports are for supervisors, quality managers and administrators; handlers are told the page is not for them.</summary>
public sealed class KeepingMonitoringToItsRoles : DeskPageContext
{
    private static readonly DeskPerson[] _people = [DeskPerson.Handler, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator];

    public KeepingMonitoringToItsRoles()
    {
        // The app's own authorization decides, with the capability policies, on the signed-in person's role claims:
        // bunit's stand-in cannot judge a policy that asks both "signed in" (the features' default) and a role.
        Services.AddLogging();
        Services.AddAuthorizationCore(options => options.AddCapabilityPolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    [Theory]
    [InlineData(DeskRole.Handler, false)]
    [InlineData(DeskRole.Supervisor, true)]
    [InlineData(DeskRole.QualityManager, true)]
    [InlineData(DeskRole.Administrator, true)]
    public void The_monitoring_page_is_shown_only_to_those_who_monitor(DeskRole role, bool allowed)
    {
        SignInAs(_people.Single(p => p.Role == role));

        var routed = Route(typeof(MonitoringPage));

        routed.WaitForAssertion(() => Assert.Equal(allowed, routed.FindAll("#monitoring").Count == 1));
        Assert.Equal(!allowed, routed.Markup.Contains("This page is not for your role", StringComparison.Ordinal));
        Assert.Equal(allowed, Monitoring.Asked.Count > 0);
    }

    [Theory]
    [InlineData(DeskRole.Handler, false)]
    [InlineData(DeskRole.Supervisor, true)]
    [InlineData(DeskRole.QualityManager, true)]
    [InlineData(DeskRole.Administrator, true)]
    public void The_reports_page_is_shown_only_to_those_who_monitor(DeskRole role, bool allowed)
    {
        SignInAs(_people.Single(p => p.Role == role));

        var routed = Route(typeof(ReportsPage));

        routed.WaitForAssertion(() => Assert.Equal(allowed, routed.FindAll("#reports").Count == 1));
        Assert.Equal(!allowed, routed.Markup.Contains("This page is not for your role", StringComparison.Ordinal));
        Assert.Equal(allowed, Reports.Listed > 0);
    }

    [Theory]
    [InlineData(DeskRole.Handler, false)]
    [InlineData(DeskRole.Supervisor, true)]
    [InlineData(DeskRole.QualityManager, true)]
    [InlineData(DeskRole.Administrator, true)]
    public void The_menu_leads_there_for_the_same_roles(DeskRole role, bool listed)
    {
        SignInAs(_people.Single(p => p.Role == role));

        var menu = Render<NavMenu>();

        Assert.Equal(listed, menu.FindAll("a[href='/monitoring']").Count == 1);
        Assert.Equal(listed, menu.FindAll("a[href='/reports']").Count == 1);
    }

    /// <summary>The page as the app's router shows it: through <see cref="AuthorizeRouteView"/>, refusing with <see cref="NotAllowed"/>.</summary>
    private IRenderedComponent<AuthorizeRouteView> Route(Type page)
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<AuthorizeRouteView>(parameters => parameters
            .Add(view => view.RouteData, new RouteData(page, new Dictionary<string, object?>()))
            .Add(view => view.NotAuthorized, _ => builder =>
            {
                builder.OpenComponent<NotAllowed>(0);
                builder.CloseComponent();
            }));
    }
}
