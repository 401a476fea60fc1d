using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

/// <summary>The complainant's details as they should be, shaped as at intake.</summary>
public sealed record CorrectComplainantRequest(ComplainantRequest? Complainant) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new CorrectComplainantCommand(Complainant?.ToDetails(unreadable));
}
