using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record AcknowledgeRequest(string? Channel, string? Message = null) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new AcknowledgeCommand(unreadable.Parse<Channel>("channel", Channel), Message);
}
