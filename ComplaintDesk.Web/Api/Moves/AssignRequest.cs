using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record AssignRequest(string? AssigneeEmail) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new AssignCommand(AssigneeEmail);
}
