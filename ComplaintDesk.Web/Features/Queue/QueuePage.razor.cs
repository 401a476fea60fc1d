using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The live queue: server-side paging, sorting and filtering; reloads in place when a complaint changes.</summary>
public sealed partial class QueuePage : LiveComponent
{
    private MudDataGrid<ComplaintSummary>? _grid;
    private QueueScope[] _scopes = [];
    private QueueScope _scope = QueueScope.AllOpen;
    private Priority? _priority;
    private string? _text;
    private Actor? _actor;
    private bool _showNames;

    // Which view the rows on screen belong to; browser tests wait for it after switching.
    private QueueScope? _loadedScope;

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private ITeamMembership Teams { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        _showNames = _actor.MaySeePersonalData;
        // "My teams" only for people in a team: someone in none works for the whole desk.
        var inTeams = _actor.WorksComplaints && (await Teams.TeamIdsOfAsync(_actor.UserId, CancellationToken.None)).Count > 0;
        _scopes = _actor.WorksComplaints
            ? [QueueScope.Mine, .. inTeams ? [QueueScope.MyTeams] : Array.Empty<QueueScope>(), QueueScope.Unassigned, QueueScope.AllOpen, QueueScope.Closed]
            : [QueueScope.AllOpen, QueueScope.Closed];
        _scope = _actor.WorksComplaints ? QueueScope.Mine : QueueScope.AllOpen;
    }

    private async Task<GridData<ComplaintSummary>> LoadAsync(GridState<ComplaintSummary> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault() is { } definition
            ? QueueText.SortKey(definition.SortBy, definition.Descending)
            : null;
        var search = QueueSearch.For(_scope, _text, _priority, state.Page + 1, state.PageSize, sort);
        _actor ??= await CurrentUser.GetActorAsync();
        var page = await Queries.ListAsync(search, _actor, cancellationToken);
        _loadedScope = _scope;
        return new GridData<ComplaintSummary> { Items = page.Items, TotalItems = page.Total };
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task ChangeScopeAsync(QueueScope scope)
    {
        _scope = scope;
        return ReloadAsync();
    }

    private Task ChangePriorityAsync(Priority? priority)
    {
        _priority = priority;
        return ReloadAsync();
    }

    private Task SearchAsync(string? text)
    {
        _text = text;
        return ReloadAsync();
    }

    protected override bool Wants(ComplaintChange change) => true;

    // The grid keeps its page, sort and filters; only the rows are fetched again.
    protected override Task RefreshAsync(LiveBatch batch) => ReloadAsync();
}
