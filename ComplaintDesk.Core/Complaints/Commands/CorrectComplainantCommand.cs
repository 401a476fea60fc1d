using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>The complainant's details as they should be: every one of them, as at intake.</summary>
public sealed record CorrectComplainantCommand(ComplainantDetails? Complainant) : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.CorrectComplainant;

    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var details = Complainant is null ? null : ComplainantLanguage.Settle(Complainant, context.Languages, context.Errors);
        var valid = ComplainantRules.Read(details, context.Errors);
        context.Errors.ThrowIfAny();
        await context.Db.Entry(complaint).Reference(c => c.Complainant).LoadAsync(context.CancellationToken);
        complaint.CorrectComplainant(valid!, context.Stamp);
    }
}
