using ComplaintDesk.Core.Categories;

namespace ComplaintDesk.Core.Complaints.Commands;

public sealed record AssessCommand(Priority? Priority, string? Category, string? ProductOrService = null, string? Notes = null)
    : ComplaintCommand
{
    internal override ComplaintMove Move => ComplaintMove.Assess;

    internal override async Task ApplyAsync(Complaint complaint, MoveContext context)
    {
        var category = await context.Db.FindCategoryAsync(Category, context.Errors.Text("category", Category), context.CancellationToken);
        complaint.Assess(Priority, category, ProductOrService, Notes, context.Stamp);
    }
}
