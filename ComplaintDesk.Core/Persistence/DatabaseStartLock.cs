using Npgsql;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Keeps nodes that start at the same moment from preparing one database together. On PostgreSQL it is an advisory
/// lock held by a session of its own: one node migrates and seeds while the others wait, then find the work done.
/// SQLite serves one node, so there is nobody to wait for.
/// </summary>
public sealed class DatabaseStartLock(DeskDatabaseSource database)
{
    // Advisory locks are named by a 64-bit number; every node takes the same one ("DeskInit" in ASCII).
    private const long Key = 0x4465736B496E6974;

    /// <summary>Waits for the lock; disposing the answer releases it.</summary>
    public async Task<IAsyncDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DeskDatabaseProvider.Postgres)
        {
            return new NothingHeld();
        }

        // Unpooled, so that closing the connection ends the session and the lock with it, whatever happened while it was held.
        var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", session);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
