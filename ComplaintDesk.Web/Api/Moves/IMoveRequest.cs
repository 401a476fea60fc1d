using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

/// <summary>The body of a move as the API reads it: choices arrive as names and are read here, at the edge.</summary>
public interface IMoveRequest
{
    /// <summary>The Core command this body asks for; a name that is not a choice is left out and noted in <paramref name="unreadable"/>.</summary>
    ComplaintCommand ToCommand(FieldErrors unreadable);
}
