using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// The live queue. Its view (tab, filters, sort, page) is the address, so back, forward, reload and a shared
/// link show the same rows. A change to a row on screen patches that row; a change that may add or remove
/// rows reads the page again; a change that cannot concern the view costs nothing.
/// </summary>
public sealed partial class QueuePage : LiveComponent
{
    private const string Path = "/queue";

    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private QueueScope[] _scopes = [];
    private QueueView _defaults = QueueView.Default(QueueScope.AllOpen);
    private QueueView _view = QueueView.Default(QueueScope.AllOpen);
    private Actor? _actor;
    private StaffNameBook _names = StaffNameBook.Empty;
    private int _total;
    private int _loads;
    private bool _dense;

    // Read by Wants on the hub's thread: each is replaced whole, never changed in place.
    private volatile ComplaintSummary[] _rows = [];
    private volatile QueueViewMatch? _match;

    // Which view the rows on screen belong to; browser tests wait for it after switching.
    private QueueScope? _loadedScope;

    // Patched rows are shown by the rows alone; the page skips the render that follows the refresh.
    private QueueRows? _body;
    private bool _onlyRowsChanged;

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private IChangedComplaints Changed { get; set; } = default!;

    [Inject]
    private ITeamMembership Teams { get; set; } = default!;

    [Inject]
    private IStaffNames StaffNames { get; set; } = default!;

    [Inject]
    private IStaffPreferences Preferences { get; set; } = default!;

    [Inject]
    private ISavedViewDesk ViewDesk { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The rows ticked on this page, for actions on several complaints at once.</summary>
    public IReadOnlyList<ComplaintSummary> SelectedRows => [.. _rows.Where(r => _selected.Contains(r.Reference))];

    private bool AllSelected => _rows.Length > 0 && _rows.All(r => _selected.Contains(r.Reference));

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        // "My teams" only for people in a team: someone in none works for the whole desk.
        var inTeams = _actor.Has(DeskCapability.WorkComplaints) && (await Teams.TeamIdsOfAsync(_actor.UserId, CancellationToken.None)).Count > 0;
        _scopes = _actor.Has(DeskCapability.WorkComplaints)
            ? [QueueScope.Mine, .. inTeams ? [QueueScope.MyTeams] : Array.Empty<QueueScope>(), QueueScope.Unassigned, QueueScope.AllOpen, QueueScope.Closed]
            : [QueueScope.AllOpen, QueueScope.Closed];
        _defaults = QueueView.Default(_actor.Has(DeskCapability.WorkComplaints) ? QueueScope.Mine : QueueScope.AllOpen);
        _dense = await Preferences.PrefersDenseQueueAsync(_actor.UserId, CancellationToken.None);
        _view = ReadAddress();
        if (new Uri(Navigation.Uri).Query.Length <= 1 && await ViewDesk.DefaultQueryAsync(_actor, CancellationToken.None) is { } saved)
        {
            // An address that names no view opens the person's default one, and says so.
            _view = QueueView.Parse(saved, _defaults, _scopes);
            if (RendererInfo.IsInteractive)
            {
                Navigation.NavigateTo(_view.ToUri(Path, _defaults), replace: true);
            }
        }

        Navigation.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Navigation.LocationChanged -= OnLocationChanged;
        }

        base.Dispose(disposing);
    }

    private async Task LoadAsync()
    {
        var load = ++_loads;
        var view = _view;
        var page = await Queries.ListAsync(view.ToSearch(), _actor!, CancellationToken.None);
        var names = await StaffNames.ReadAsync(CancellationToken.None);
        if (load != _loads)
        {
            return;
        }

        (_rows, _total, _names, _loadedScope) = ([.. page.Items], page.Total, names, view.Scope);
        _match = new QueueViewMatch(view, _actor!.Email);
    }

}
