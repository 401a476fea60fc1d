using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AssessCommand(string? Priority, string? Category, string? ProductOrService = null, string? Notes = null)
    : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Assess;

    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var errors = new FieldErrors().Text("category", Category);
        var priority = errors.Parse<Priority>("priority", Priority);
        var category = await context.Db.FindCategoryAsync(Category, errors, context.CancellationToken);
        errors.ThrowIfAny();
        complaint.Assess(priority, category, ProductOrService, Notes, context.Stamp);
    }
}
