using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Categories;

/// <summary>
/// Finds the active category a person picked, by name, ignoring case. An unknown or retired name is a
/// field error that lists the active ones; complaints already in a retired category keep it.
/// </summary>
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
        var active = string.Join(", ", categories.Where(c => c.Active).Select(c => c.Name));
        if (category is null)
        {
            errors.Add("category", DeskMessage.Of(ComplaintKeys.NotACategory, name.Trim(), active));
        }
        else if (!category.Active)
        {
            errors.Add("category", DeskMessage.Of(ComplaintKeys.CategoryRetired, category.Name, active));
            return null;
        }

        return category;
    }
}
