using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// Whether a change concerns a queue view, decided from what the change or the changed row says. What
/// cannot be told from them (the text searched for, a team) counts as "may": a needless reload costs a
/// query, a missed one leaves a wrong screen.
/// </summary>
public sealed class QueueViewMatch(QueueView view, string personEmail)
{
    private readonly string _sortField = view.Sorting.Field;

    /// <summary>
    /// Whether a change to a complaint not on screen may alter this page: it may have come into the view
    /// or left it (which moves the count, and the rows when it was on an earlier page), or moved within it.
    /// A change that leaves it where it was, on another page, does not.
    /// </summary>
    public bool MayConcern(ComplaintChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var fits = Fits(change.Status, change.Assignee, change.Priority);
        return MayChangeWhoIsIn(change.LastMove) || (fits && (change.LastMove == ComplaintMove.Receive || MayReorder(change.LastMove)));
    }

    /// <summary>Whether a row on screen, patched to <paramref name="after"/>, still belongs where it stands.</summary>
    public bool Keeps(ComplaintSummary before, ComplaintSummary after, ComplaintMove lastMove)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Fits(after.Status, after.Assignee, after.Priority)
            && !(view.Scope == QueueScope.MyTeams && before.Team != after.Team)
            && !(view.Text is not null && lastMove == ComplaintMove.AnonymisePersonalData)
            && Equals(SortKeyOf(before), SortKeyOf(after));
    }

    private bool Fits(ComplaintStatus status, string? assignee, Priority priority) =>
        status.IsOpen() == (view.Scope != QueueScope.Closed)
        && view.Scope switch
        {
            QueueScope.Mine => string.Equals(assignee, personEmail, StringComparison.OrdinalIgnoreCase),
            QueueScope.Unassigned => assignee is null,
            _ => true,
        }
        && (view.Priority is not { } wanted || wanted == priority);

    // The moves that change what this view filters on: who has it, whether it is open, its priority, its team, its name.
    private bool MayChangeWhoIsIn(ComplaintMove move) => move switch
    {
        ComplaintMove.Assign => view.Scope is QueueScope.Mine or QueueScope.Unassigned,
        ComplaintMove.Close or ComplaintMove.Withdraw or ComplaintMove.Merge => true,
        ComplaintMove.Assess => view.Priority is not null || view.Scope == QueueScope.MyTeams,
        ComplaintMove.AnonymisePersonalData => view.Text is not null,
        _ => false,
    };

    // The moves that change what this view is ordered by.
    private bool MayReorder(ComplaintMove move) => _sortField switch
    {
        "status" or "nextDueAt" => true,
        "assignee" => move == ComplaintMove.Assign,
        "priority" => move == ComplaintMove.Assess,
        "escalationLevel" => move is ComplaintMove.Escalate or ComplaintMove.RaiseAlert,
        _ => false,
    };

    private object? SortKeyOf(ComplaintSummary row) => _sortField switch
    {
        "status" => row.Status,
        "assignee" => row.Assignee,
        "escalationLevel" => row.EscalationLevel,
        "nextDueAt" => row.NextDue?.Deadline,
        "priority" => row.Priority,
        _ => null,
    };
}
