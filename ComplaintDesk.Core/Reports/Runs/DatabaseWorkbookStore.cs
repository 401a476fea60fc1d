using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// Workbooks in the desk's database, for several nodes whose folders differ: one row per file name, written in
/// one statement once the workbook is complete, so a reader sees the old workbook or the new one, never half.
/// </summary>
internal sealed class DatabaseWorkbookStore(IDbContextFactory<DeskDbContext> dbFactory) : IWorkbookStore
{
    public async Task<(T Result, long Bytes)> KeepAsync<T>(string fileName, Func<Stream, Task<T>> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var result = await write(buffer);
        var content = buffer.ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Two nodes building the same month at once: the later write wins, as a second build does on one node.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StoredWorkbooks" ("FileName", "Content") VALUES ({fileName}, {content})
            ON CONFLICT ("FileName") DO UPDATE SET "Content" = excluded."Content"
            """,
            cancellationToken);
        return (result, content.LongLength);
    }

    public async Task<Stream?> OpenAsync(string fileName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var content = await db.StoredWorkbooks.Where(w => w.FileName == fileName).Select(w => w.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public Task RecoverAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
