using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Api.Moves;

/// <summary>The staff member the complaint is about, by e-mail, as it should be; null or empty: nobody on the staff.</summary>
public sealed record CorrectSubjectStaffRequest(string? SubjectStaffEmail) : IMoveRequest
{
    public ComplaintCommand ToCommand(FieldErrors unreadable) => new CorrectSubjectStaffCommand(SubjectStaffEmail);
}
