using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record AwaitComplainantRequest(string? Question) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new AwaitComplainantCommand(Question);
}
