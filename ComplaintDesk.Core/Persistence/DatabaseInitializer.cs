using ComplaintDesk.Core.Categories;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>Brings the database up to date at start: migrations, write-ahead logging, the default categories.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(DeskDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the desk read while a write is in progress; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        if (!await db.Categories.AnyAsync(cancellationToken))
        {
            db.Categories.AddRange(DefaultCategories.Names.Select(name => new Category(name)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
