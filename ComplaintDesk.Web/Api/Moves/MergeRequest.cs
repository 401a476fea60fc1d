using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

/// <summary>Closes the complaint as a duplicate of <see cref="Into"/> (a reference), which carries on for both.</summary>
public sealed record MergeRequest(string? Into) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new MergeCommand(Into);
}
