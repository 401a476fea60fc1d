using ComplaintDesk.Core.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>How a context reaches each engine: the one place that names them.</summary>
public static class DeskDatabase
{
    /// <summary>The assembly that holds the PostgreSQL migration set; the SQLite set lives in Core.</summary>
    public const string PostgresMigrations = "ComplaintDesk.Migrations.Postgres";

    public static void Use(DbContextOptionsBuilder options, DeskDatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            // A complaint's owned clocks (3) and pauses (a few) come in one query: splitting would cost more.
            DeskDatabaseProvider.Postgres => options
                .UseNpgsql(connectionString, postgres => postgres
                    .MigrationsAssembly(PostgresMigrations)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)),
            _ => options
                .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors(new SqliteTuningInterceptor(), new SearchFoldFunction()),
        };
    }
}
