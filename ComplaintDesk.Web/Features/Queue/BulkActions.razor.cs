using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Staff;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// What a person can do to the queue rows they selected at once: assign, set the priority, acknowledge alerts;
/// then the result for each row. Only the actions their role and the rows allow are offered.
/// </summary>
public sealed partial class BulkActions
{
    private IReadOnlyList<StaffMember> _workers = [];
    private IReadOnlyList<StaffMember> _assignees = [];
    private IReadOnlyList<BulkOutcome>? _outcomes;
    private bool _mayAssign;
    private bool _maySetPriority;
    private bool _mayAcknowledge;
    private bool _busy;

    [Inject]
    private IBulkMoves Moves { get; set; } = default!;

    [Inject]
    private IStaffList Staff { get; set; } = default!;

    /// <summary>The selected rows as they were shown: each move is checked against the version on screen.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ComplaintSummary> Selected { get; set; } = [];

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    /// <summary>Called after an action ran, whatever became of each row: the page reloads its rows.</summary>
    [Parameter]
    public EventCallback OnDone { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Actor.Has(DeskCapability.WorkComplaints))
        {
            _workers = await Staff.WorkersAsync(CancellationToken.None);
        }
    }

    protected override void OnParametersSet()
    {
        _assignees = BulkOptions.Assignees(Actor, _workers);
        _mayAssign = _assignees.Count > 0 && BulkOptions.MayAssign(Actor, Selected);
        _maySetPriority = BulkOptions.MaySetPriority(Actor, Selected);
        _mayAcknowledge = BulkOptions.MayAcknowledgeAlerts(Actor);
    }

    private Task AssignAsync(string email) => RunAsync(rows => Moves.ApplyToEachAsync(rows, Actor, new BulkAssign(email), CancellationToken.None));

    private Task SetPriorityAsync(Priority priority) =>
        RunAsync(rows => Moves.ApplyToEachAsync(rows, Actor, new BulkPriority(priority), CancellationToken.None));

    private Task AcknowledgeAsync() => RunAsync(rows => Moves.AcknowledgeAlertsAsync(rows, Actor, CancellationToken.None));

    private async Task RunAsync(Func<IReadOnlyList<ComplaintSummary>, Task<IReadOnlyList<BulkOutcome>>> action)
    {
        _busy = true;
        try
        {
            // The rows as selected now: the page may replace the list while the action runs.
            _outcomes = await action([.. Selected]);
        }
        catch (DeskException refused)
        {
            _outcomes = [.. Selected.Select(row => new BulkOutcome(row.Reference, BulkResult.Refused, refused.Text))];
        }
        finally
        {
            _busy = false;
        }

        await OnDone.InvokeAsync();
    }
}
