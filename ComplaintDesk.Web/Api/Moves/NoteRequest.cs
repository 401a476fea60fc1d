using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record NoteRequest(string? Text) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new NoteCommand(Text);
}
