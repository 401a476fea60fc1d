using System.Linq.Expressions;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>How a stored complaint becomes a list row: one shape for every list, so a row patched in place matches a row listed.</summary>
internal static class SummaryProjection
{
    private static readonly string _deskActorId = Common.Actor.Desk.UserId;

    public static Expression<Func<Complaint, ComplaintSummary>> For(DeskDbContext db, bool showName) => c => new ComplaintSummary(
        c.Reference, c.Status, c.Priority, c.Category == null ? null : c.Category.Name, c.Channel, c.ReceivedAt,
        c.ProductOrService, c.AssigneeEmail, c.FirstHandlerEmail, c.SubjectStaffEmail, c.EscalationLevel, c.BarredFromDeciding, c.Version,
        showName ? c.Complainant.Name : null,
        c.Status == ComplaintStatus.AwaitingComplainant
            ? new NextDue(null, null, null, true)
            : new NextDue(c.NextDueKind, c.NextDueAt, c.NextWarningAt, false),
        db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
        // The last word is the latest move by a person, leaving out what the desk's clocks record and assignments
        // (taking a complaint is not answering it).
        db.TimelineEvents
            .Where(e => e.ComplaintId == c.Id && e.ActorId != _deskActorId && e.Move != ComplaintMove.Assign)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => (ComplaintMove?)e.Move)
            .FirstOrDefault() == ComplaintMove.ComplainantInformation);
}
