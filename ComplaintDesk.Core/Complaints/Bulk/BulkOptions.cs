using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>
/// Which bulk actions a person is offered on the rows they selected, from the rules that refuse them: an action
/// is offered when at least one row allows it, and the others are refused row by row with the reason.
/// </summary>
public static class BulkOptions
{
    public static bool MayAssign(Actor actor, IEnumerable<ComplaintSummary> rows) => Allows(actor, rows, ComplaintMove.Assign);

    public static bool MaySetPriority(Actor actor, IEnumerable<ComplaintSummary> rows) => Allows(actor, rows, ComplaintMove.Assess);

    /// <summary>Those who receive alerts acknowledge them: a handler their nudges, the roles alerts are raised for the rest.</summary>
    public static bool MayAcknowledgeAlerts(Actor actor) => actor.Has(DeskCapability.ReadAlerts);

    /// <summary>The people this person may assign complaints to: anyone for a supervisor, themselves for a handler.</summary>
    public static IReadOnlyList<StaffMember> Assignees(Actor actor, IEnumerable<StaffMember> workers) =>
        workers.Where(worker => ComplaintPermissions.MayAssignTo(actor, worker)).ToList();

    private static bool Allows(Actor actor, IEnumerable<ComplaintSummary> rows, ComplaintMove move) =>
        rows.Any(row => MoveOptions.CanMake(actor, MoveSubject.Of(row), move));
}
