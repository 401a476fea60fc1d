using System.Linq.Expressions;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>How a stored complaint becomes a list row: one shape for every list, so a row patched in place matches a row listed.</summary>
internal static class SummaryProjection
{
    public static Expression<Func<Complaint, ComplaintSummary>> For(DeskDbContext db, bool showName) => c => new ComplaintSummary(
        c.Reference, c.Status, c.Priority, c.Category == null ? null : c.Category.Name, c.Channel, c.ReceivedAt,
        c.ProductOrService, c.AssigneeEmail, c.FirstHandlerEmail, c.SubjectStaffEmail, c.EscalationLevel, c.BarredFromDeciding, c.Version,
        showName ? c.Complainant.Name : null,
        c.Status == ComplaintStatus.AwaitingComplainant
            ? new NextDue(null, null, null, true)
            : new NextDue(c.NextDueKind, c.NextDueAt, c.NextWarningAt, false),
        db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault());
}
