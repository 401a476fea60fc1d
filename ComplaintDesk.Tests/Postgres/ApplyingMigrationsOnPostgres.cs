using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The PostgreSQL migration set builds the desk from an empty database and matches the model.</summary>
public sealed class ApplyingMigrationsOnPostgres : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestPostgres.CreateEmptyAsync();

    public Task DisposeAsync() => TestPostgres.DropAsync(_database);

    [Fact]
    public async Task An_empty_database_gets_every_migration_and_the_default_categories()
    {
        await using var db = Context();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(DefaultCategories.Names.Order(), (await db.Categories.Select(c => c.Name).ToListAsync()).Order());
    }

    [Fact]
    public async Task The_migrations_hold_every_change_to_the_model()
    {
        await using var db = Context();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed since the last PostgreSQL migration: add one to ComplaintDesk.Migrations.Postgres.");
    }

    [Fact]
    public async Task Each_searched_column_gets_a_trigram_index()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();

        var indexed = await db.Database.SqlQueryRaw<string>("""
            SELECT a.attname AS "Value" FROM pg_index AS i
            JOIN pg_class AS t ON t.oid = i.indrelid JOIN pg_opclass AS o ON o.oid = i.indclass[0]
            JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
            WHERE t.relname = 'ComplaintSearch' AND o.opcname = 'gin_trgm_ops'
            """).ToListAsync();

        Assert.Equal(["ComplainantName", "Description", "ProductOrService", "Reference"], indexed.Order());
    }

    private DeskDbContext Context()
    {
        var options = new DbContextOptionsBuilder<DeskDbContext>();
        DeskDatabase.Use(options, DeskDatabaseProvider.Postgres, _database);
        return new DeskDbContext(options.Options);
    }
}
