using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Mail;
using ComplaintDesk.Web.RealTime;
using Hangfire;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Renders the desk's pages on fakes of Core: a queries fake that records what the screen asked
/// for, a workflow that answers as the test says, and a signed-in person chosen per test.
/// </summary>
public abstract class DeskPageContext : DeskComponentContext
{
    /// <summary>The address complainants reach this desk at, unlike the address its pages are rendered at.</summary>
    public const string PublicBaseUrl = "https://complaints.example/";

    /// <summary>09:30 at the desk in Istanbul, the default time zone of <see cref="DeskOptions"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(3));

    private readonly BunitAuthorizationContext _authorization;

    protected DeskPageContext()
    {
        AlertDesk = new ScriptedAlertDesk(Time);
        Services.AddSingleton<IComplaintQueries>(Queries);
        Services.AddSingleton<IComplaintMail>(Mail);
        Services.AddSingleton<IChangedComplaints>(Changed);
        Services.AddSingleton<IStaffPreferences>(Preferences);
        Services.AddSingleton<IAlertDesk>(AlertDesk);
        Services.AddSingleton<IAlertTriage>(AlertDesk);
        Services.AddSingleton<IComplaintWorkflow>(Workflow);
        Services.AddSingleton<IBulkMoves>(Bulk);
        Services.AddSingleton<ISavedViewDesk>(SavedViews);
        Services.AddSingleton<IMonitoringDesk>(Monitoring);
        Services.AddSingleton<IMonthlyReports>(Reports);
        Services.AddSingleton<IPersonalDataLog>(AccessLog);
        Services.AddSingleton<IPersonalDataErasure>(Erasure);
        Services.AddSingleton<IStatusPageDesk>(StatusPage);
        Services.AddSingleton<IPublicIntake>(PublicIntake);
        Services.AddSingleton<ITemplateDesk>(Templates);
        Services.AddDeskWording();
        Services.AddSingleton<IDuplicateQueries>(Duplicates);
        Services.AddSingleton<IComplainantHistory>(Duplicates);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton<IBackgroundJobClient>(Jobs);
        Services.AddSingleton<IStaffList>(new FixedStaffList());
        Services.AddSingleton<IStaffNames>(StaffNames);
        Services.AddSingleton<ICategoryList>(new FixedCategoryList());
        Services.AddSingleton<ITeamMembership>(Teams);
        var desk = Options.Create(new DeskOptions { PublicBaseUrl = PublicBaseUrl });
        Services.AddSingleton(desk);
        Services.AddSingleton(new DeskTimeZone(desk));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddScoped<DeskEvents>();
        Services.AddSingleton(new LivePacing(Time));
        Services.AddScoped<CurrentUser>();
        _authorization = AddAuthorization();
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public RecordingComplaintQueries Queries { get; } = new();

    public HeldComplaintMail Mail { get; } = new();

    public ScriptedChangedComplaints Changed { get; } = new();

    public RememberedPreferences Preferences { get; } = new();

    public ScriptedWorkflow Workflow { get; } = new();

    public ScriptedBulkMoves Bulk { get; } = new();

    public ScriptedSavedViewDesk SavedViews { get; } = new();

    public ScriptedAlertDesk AlertDesk { get; }

    public ScriptedMonitoringDesk Monitoring { get; } = new();

    public ScriptedMonthlyReports Reports { get; } = new();

    public RecordingJobClient Jobs { get; } = new();

    public FixedTeamMembership Teams { get; } = new();

    public FixedStaffNames StaffNames { get; } = new();

    public RecordingPersonalDataLog AccessLog { get; } = new();

    public ScriptedErasure Erasure { get; } = new();

    public ScriptedStatusPageDesk StatusPage { get; } = new();

    public ScriptedPublicIntake PublicIntake { get; } = new();

    public HeldTemplates Templates { get; } = new();

    public ScriptedDuplicates Duplicates { get; } = new();

    /// <summary>Where open selects and menus show their items, once a page is rendered.</summary>
    public IRenderedComponent<MudPopoverProvider>? Popovers { get; private set; }

    /// <summary>The address bar, as the browser would show it.</summary>
    public NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>The circuit's hub messages, as the browser would hand them over.</summary>
    public DeskEvents Events => Services.GetRequiredService<DeskEvents>();

    /// <summary>Signs in with the claims the desk's cookie carries: id, e-mail, display name and role.</summary>
    public void SignInAs(DeskPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        _authorization.SetAuthorized(person.Email);
        _authorization.SetRoles(person.Role.ToString());
        _authorization.SetPolicies([.. DeskCapabilities.Of(person.Role).Select(capability => capability.ToString())]);
        _authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, person.UserId),
            new Claim(ClaimTypes.Email, person.Email),
            new Claim(DeskClaimsFactory.DisplayNameClaim, person.DisplayName));
    }

    /// <summary>Renders a page after the popover provider, as the layout does, so selects and menus open.</summary>
    public IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        return Render(parameters);
    }

    /// <summary>Opens the select labelled <paramref name="label"/> on the page and picks the option showing <paramref name="option"/>.</summary>
    public void Choose<TPage>(IRenderedComponent<TPage> page, string label, string option)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        page.FindAll("div.mud-input-control.mud-select")
            .Single(select => select.QuerySelector("label")?.TextContent.Trim() == label)
            .MouseDown();
        var popovers = Popovers ?? throw new InvalidOperationException("Render the page with RenderPage first.");
        popovers.FindAll(".mud-popover-open .mud-list-item").Single(item => item.TextContent.Trim() == option).Click();
    }

    /// <summary>Renders the dialog provider; dialogs a page opens appear in the returned markup.</summary>
    public IRenderedComponent<MudDialogProvider> RenderDialogs() => Render<MudDialogProvider>();
}
