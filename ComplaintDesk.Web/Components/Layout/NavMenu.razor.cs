using ComplaintDesk.Core.Access;
using ComplaintDesk.Web.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>The side menu: every page a person may open, asked of the same capability policies the pages use.</summary>
public sealed partial class NavMenu
{
    private const string Administration = "Menu.Administration";

    private static readonly MenuLink[] _links =
    [
        new("/", "Menu.Queue", Icons.Material.Filled.Inbox) { ExactMatch = true },
        new("/complaints/new", "Menu.NewComplaint", Icons.Material.Filled.AddComment, DeskCapability.ReceiveComplaints),
        new("/alerts", "Menu.Alerts", Icons.Material.Filled.NotificationsActive, DeskCapability.ReadAlerts),
        new("/monitoring", "Menu.Monitoring", Icons.Material.Filled.Insights, DeskCapability.ReadMonitoring),
        new("/reports", "Menu.Reports", Icons.Material.Filled.TableView, DeskCapability.ReadReports),
        new("/audit", "Menu.Audit", Icons.Material.Filled.Policy, DeskCapability.ReadAudit),
        new("/settings/sla", "Menu.SlaSettings", Icons.Material.Filled.Settings, DeskCapability.ChangeSettings),
        new("/admin/people", "Menu.People", Icons.Material.Filled.People, DeskCapability.AdministerPeople),
        new("/admin/categories", "Menu.Categories", Icons.Material.Filled.Category, DeskCapability.AdministerOrganisation)
        {
            Section = Administration,
        },
        new("/admin/teams", "Menu.Teams", Icons.Material.Filled.Groups, DeskCapability.AdministerOrganisation) { Section = Administration },
        new("/admin/templates", "Menu.Templates", Icons.Material.Filled.Article, DeskCapability.AdministerOrganisation) { Section = Administration },
        new(JobsSetup.DashboardPath, "Menu.Jobs", Icons.Material.Filled.Schedule, DeskCapability.ManageJobs)
        {
            Section = Administration,
            Id = "jobs-link",
        },
        new("/api", "Menu.ApiReference", Icons.Material.Filled.Api) { OpensNewTab = true },
    ];

    private List<MenuLink> _shown = [];
    private string _path = "/";

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override void OnInitialized()
    {
        _path = PathOf(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (AuthenticationState is null)
        {
            _shown = [];
            return;
        }

        var user = (await AuthenticationState).User;
        var shown = new List<MenuLink>();
        foreach (var link in _links)
        {
            if (link.Capability is not { } capability || (await Authorization.AuthorizeAsync(user, null, capability.ToString())).Succeeded)
            {
                shown.Add(link);
            }
        }

        _shown = shown;
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    // A heading above the first entry shown of each section, whichever of its entries a person may see.
    private bool StartsSection(int index) =>
        _shown[index].Section is { } section && (index == 0 || _shown[index - 1].Section != section);

    private string PathOf(string uri) => "/" + Navigation.ToBaseRelativePath(uri).Split('?', '#')[0].TrimEnd('/');

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var path = PathOf(e.Location);
        if (path != _path)
        {
            _path = path;
            _ = InvokeAsync(StateHasChanged);
        }
    }
}
