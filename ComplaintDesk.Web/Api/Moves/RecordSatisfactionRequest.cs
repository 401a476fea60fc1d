using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record RecordSatisfactionRequest(int? Satisfaction, string? Comment = null) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new RecordSatisfactionCommand(Satisfaction, Comment);
}
