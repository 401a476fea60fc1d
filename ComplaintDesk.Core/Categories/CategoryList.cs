using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Categories;

public sealed class CategoryList(IDbContextFactory<DeskDbContext> dbFactory) : ICategoryList
{
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories.Where(c => c.RetiredAt == null).OrderByName(db, c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken);
    }
}
