using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// The seeded SQLite file the benchmarks read. BenchmarkDotNet runs every case in a process of its
/// own and seeding takes a while, so the file is kept in <c>$TMPDIR/complaintdesk-bench/</c> under
/// a name made of the count, <see cref="SeedVersion"/> and the newest migration: change the seed
/// (bump the version) or the schema (a new migration) and the next run seeds a new file. Delete
/// the folder to seed again by hand.
/// </summary>
internal static class BenchDatabase
{
    public const string SeedVersion = "seed2";

    private const int BatchSize = 5_000;

    public static string Folder => Path.Combine(Path.GetTempPath(), "complaintdesk-bench");

    public static async Task<string> EnsureSeededAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, $"queue-{BenchComplaints.Count}-{SeedVersion}-{LatestMigration()}.db");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        var building = $"{path}.{Environment.ProcessId}.building";
        await SeedAsync(building, cancellationToken);
        File.Move(building, path, overwrite: true);
        return path;
    }

    /// <summary>Core's services on the seeded database, brought up to date as the web app does at start.</summary>
    public static async Task<ServiceProvider> OpenSeededAsync(CancellationToken cancellationToken, Action<IServiceCollection>? more = null)
    {
        var services = BenchServices.Build(await EnsureSeededAsync(cancellationToken), more);
        await using var db = await services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync(cancellationToken);
        await DatabaseInitializer.InitializeAsync(db, cancellationToken);
        await services.GetRequiredService<StoredSlaSettings>().LoadAsync(cancellationToken);
        return services;
    }

    private static string LatestMigration()
    {
        using var services = BenchServices.Build(Path.Combine(Folder, "unused.db"));
        using var db = services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContext();
        return db.Database.GetMigrations().Last();
    }

    private static async Task SeedAsync(string path, CancellationToken cancellationToken)
    {
        await using (var services = BenchServices.Build(path))
        {
            var factory = services.GetRequiredService<IDbContextFactory<DeskDbContext>>();
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                await DatabaseInitializer.InitializeAsync(db, cancellationToken);
            }

            var sla = services.GetRequiredService<StoredSlaSettings>();
            await sla.LoadAsync(cancellationToken);
            var complaints = new BenchComplaints(sla);
            for (var start = 0; start < BenchComplaints.Count; start += BatchSize)
            {
                // A fresh context per batch keeps the change tracker small; nothing needs detecting.
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var categories = await db.Categories.ToDictionaryAsync(c => c.Name, cancellationToken);
                var end = Math.Min(start + BatchSize, BenchComplaints.Count);
                db.Complaints.AddRange(Enumerable.Range(start, end - start).Select(i => complaints.Build(i, categories)));
                await db.SaveChangesAsync(cancellationToken);
            }

            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                // Fold the write-ahead log into the file, so the file alone can be moved into place.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            }
        }

        SqliteConnection.ClearAllPools();
    }
}
