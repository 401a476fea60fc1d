using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>The migration that adds the text index fills it from the complaints a desk already holds, folded as a save would.</summary>
public sealed class FillingTheTextIndexFromStoredComplaints : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Complaints_stored_before_the_index_existed_are_found()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "Çay ILIK geldi.", product: "Kahve Makinesi", name: "İlker Işık");
        var indexed = await SearchDesk.IndexRowAsync(_desk, reference);

        await using (var db = _desk.NewContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_QueueSearchIndex", StringComparison.Ordinal)).Last());
            Assert.DoesNotContain("ComplaintSearch", await TablesAsync(db));
            await migrator.MigrateAsync();
        }

        Assert.Equal(indexed, await SearchDesk.IndexRowAsync(_desk, reference));
        Assert.Equal([reference], await SearchDesk.FindAsync(_desk, "ılık"));
        Assert.Equal([reference], await SearchDesk.FindAsync(_desk, "ilker işık"));
    }

    [Fact]
    public async Task The_index_is_made_to_erase_rewritten_text_for_good()
    {
        await using var db = _desk.NewContext();

        var secureDelete = await db.Database.SqlQueryRaw<long>("SELECT v AS Value FROM ComplaintSearch_config WHERE k = 'secure-delete'").SingleAsync();

        Assert.Equal(1, secureDelete);
    }

    private static async Task<List<string>> TablesAsync(DbContext db) =>
        await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
}
