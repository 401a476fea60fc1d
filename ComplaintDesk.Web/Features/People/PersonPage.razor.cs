using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.People;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.People;

/// <summary>One person: their account, and the open complaints still assigned to them (a deactivated person's need a new handler).</summary>
public sealed partial class PersonPage
{
    private static readonly string _open = string.Join(',', Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen()));
    private PersonView? _person;
    private IReadOnlyList<ComplaintSummary> _openComplaints = [];
    private int _total;
    private bool _missing;
    private List<BreadcrumbItem> _crumbs = [];

    [Parameter]
    public string Id { get; set; } = "";

    [Inject]
    private IPeopleDesk People { get; set; } = default!;

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await CurrentUser.GetActorAsync();
        try
        {
            _person = await People.GetAsync(Id, actor, CancellationToken.None);
        }
        catch (NotFoundException)
        {
            (_person, _missing) = (null, true);
            return;
        }

        var page = await Queries.ListAsync(
            new ComplaintSearch(Status: _open, Assignee: _person.Email, PageSize: ComplaintFilter.MaxPageSize, Sort: "receivedAt"), actor, CancellationToken.None);
        (_openComplaints, _total, _missing) = (page.Items, page.Total, false);
        _crumbs = [new(Text["Menu.People"], "/admin/people"), new(_person.DisplayName, null, disabled: true)];
    }
}
