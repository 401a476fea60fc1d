using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AssignCommand(string? AssigneeEmail) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Assign;

    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        new FieldErrors().Text("assigneeEmail", AssigneeEmail).ThrowIfAny();
        if (string.IsNullOrWhiteSpace(AssigneeEmail))
        {
            throw InvalidInputException.For("assigneeEmail", DeskMessage.Of(ComplaintKeys.AssigneeMissing));
        }

        var assignee = await context.Db.FindByEmailAsync(AssigneeEmail, context.CancellationToken);
        if (assignee is not { WorksComplaints: true })
        {
            throw InvalidInputException.For("assigneeEmail", DeskMessage.Of(ComplaintKeys.AssigneeUnknown));
        }

        ComplaintPermissions.EnsureMayAssignTo(context.Stamp.Actor, assignee);
        complaint.Assign(assignee.Email, context.Stamp);
    }
}
