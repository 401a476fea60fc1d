using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

public sealed record AssessRequest(string? Priority, string? Category, string? ProductOrService = null, string? Notes = null) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) =>
        new AssessCommand(unreadable.Parse<Priority>("priority", Priority), Category, ProductOrService, Notes);
}
