using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record RecordRootCauseRequest(string? RootCause, string? CorrectiveAction = null) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new RecordRootCauseCommand(RootCause, CorrectiveAction);
}
