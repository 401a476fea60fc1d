using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record ProposeResponseRequest(string? Remedy, string? Text) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new ProposeResponseCommand(unreadable.Parse<RemedyType>("remedy", Remedy), Text);
}
