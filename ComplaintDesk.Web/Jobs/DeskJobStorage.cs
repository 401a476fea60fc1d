using ComplaintDesk.Core.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs, chosen by the desk's engine: in memory beside SQLite (one node; the sweep at
/// start catches up with triggers a restart lost), or in a schema of its own in the desk's PostgreSQL database,
/// so that triggers and retries outlive a restart and every node's server takes each job once.
/// </summary>
public static class DeskJobStorage
{
    public const string Schema = "hangfire";

    // Hangfire's locks are rows, not sessions: a node killed while its scheduler held one leaves the row behind, and
    // the others take it over only once it is this old (the default, 10 minutes, would hold back every alarm that long).
    // The schedulers hold theirs for a moment; the desk's jobs take none.
    private static readonly TimeSpan _abandonedLock = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long before its instant an alarm is handed to Hangfire. On PostgreSQL the scheduler and the workers poll the
    /// database, and a due job reached a worker up to about 1.5 s late (measured on two nodes: scheduler p95 0.68 s,
    /// worker pickup p95 1.2 s); set off that much early, the check waits in its worker for its instant instead.
    /// In memory, a due job starts within the scheduler's 200 ms poll.
    /// </summary>
    public static TimeSpan AlarmLead(DeskDatabaseSource database) =>
        database.Provider == DeskDatabaseProvider.Postgres ? TimeSpan.FromSeconds(1.5) : TimeSpan.Zero;

    public static JobStorage For(DeskDatabaseSource database, JobOptions jobs)
    {
        if (database.Provider != DeskDatabaseProvider.Postgres)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            // The schema is created at start by one node at a time (PrepareAsync), not by each storage on its own.
            PrepareSchemaIfNecessary = false,
            // Workers wake on PostgreSQL's NOTIFY when a job is queued, so an alarm due now starts now, not at the next poll.
            EnableLongPolling = true,
            // A node killed mid-job leaves its job to the others after this; while it lives, it keeps renewing its claim.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = jobs.AbandonedAfter,
            DistributedLockTimeout = _abandonedLock,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }

    /// <summary>Creates or upgrades Hangfire's schema on PostgreSQL; nothing to prepare in memory.</summary>
    public static async Task PrepareAsync(DeskDatabaseSource database, CancellationToken cancellationToken)
    {
        if (database.Provider != DeskDatabaseProvider.Postgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, Schema);
    }
}
