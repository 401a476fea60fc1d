namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>The staff member the complaint is about, by e-mail, as it should be; null: it is about nobody on the staff.</summary>
public sealed record CorrectSubjectStaffCommand(string? SubjectStaffEmail) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.CorrectSubjectStaff;

    internal override Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var subject = NewComplaintRules.ReadSubjectStaff(SubjectStaffEmail, context.Errors);
        context.Errors.ThrowIfAny();
        complaint.CorrectSubjectStaff(subject, context.Stamp);
        return Task.CompletedTask;
    }
}
