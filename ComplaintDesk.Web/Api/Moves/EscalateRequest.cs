using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record EscalateRequest(string? Reason) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new EscalateCommand(Reason);
}
