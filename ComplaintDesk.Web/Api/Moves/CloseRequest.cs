using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record CloseRequest(string? Outcome, int? Satisfaction = null, string? Comment = null, string? RootCause = null) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) =>
        new CloseCommand(unreadable.Parse("outcome", Outcome, ClosingOutcomes.Chosen), Satisfaction, Comment, RootCause);
}
