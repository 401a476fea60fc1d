using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Categories;

/// <summary>Finds a category by name, ignoring case; an unknown name is a field error that lists the known ones.</summary>
internal static class CategoryLookup
{
    public static async Task<Category?> FindCategoryAsync(
        this DeskDbContext db, string? name, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // The list is short and managed by hand, so matching in memory is simplest and works on any database.
        var categories = await db.Categories.OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var category = categories.SingleOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (category is null)
        {
            errors.Add("category", $"'{name.Trim()}' is not one of this desk's categories: {string.Join(", ", categories.Select(c => c.Name))}.");
        }

        return category;
    }
}
