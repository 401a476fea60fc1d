using ComplaintDesk.Core.Persistence.Postgres;
using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ComplaintDesk.Core.Persistence;

/// <summary>How the desk reaches each engine and searches text on it: the one place that names them.</summary>
public static class DeskDatabase
{
    /// <summary>The assembly that holds the PostgreSQL migration set; the SQLite set lives in Core.</summary>
    public const string PostgresMigrations = "ComplaintDesk.Migrations.Postgres";

    public static void Use(DbContextOptionsBuilder options, DeskDatabaseProvider provider, string connectionString)
    {
        // Every failed command or save reaches its caller, which either expects it (a second node raising the same
        // alert, a stale version, a busy database: each retried or answered) or lets it rise to whoever logs failures
        // (the request's or the job's handler). Logged as errors here too, the expected ones would read as faults.
        options.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
        // A complaint's owned clocks (3) and pauses (a few) come in one query: splitting would cost more.
        if (provider == DeskDatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, postgres => postgres
                .MigrationsAssembly(PostgresMigrations)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            return;
        }

        options
            .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(new SqliteTuningInterceptor(), new SearchFoldFunction(), new SqliteNameCollations());
    }

    public static IComplaintTextIndex TextIndex(DeskDatabaseProvider provider) =>
        provider == DeskDatabaseProvider.Postgres ? new PostgresComplaintTextIndex() : new SqliteComplaintTextIndex();
}
