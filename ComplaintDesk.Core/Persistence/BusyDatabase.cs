using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// A write that failed only because of other writers at the same moment, so the same write may simply be tried
/// again: SQLite's "database is locked" (another writer held the file past the busy timeout), or PostgreSQL's
/// deadlock (40P01) or serialization failure (40001), where the server chose this transaction to give way.
/// </summary>
internal static class BusyDatabase
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception failure) => Busy(failure) || (failure.InnerException is { } inner && Busy(inner));

    private static bool Busy(Exception failure) => failure switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        _ => false,
    };
}
