using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record CommunicateDecisionRequest(string? Channel, string? Text) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new CommunicateDecisionCommand(unreadable.Parse<Channel>("channel", Channel), Text);
}
