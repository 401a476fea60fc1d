using Microsoft.Data.Sqlite;

namespace ComplaintDesk.Core.Persistence;

/// <summary>SQLite's "database is locked": another writer held the file longer than the busy timeout.</summary>
internal static class SqliteBusy
{
    private const int Busy = 5;
    private const int Locked = 6;

    public static bool Is(Exception failure) =>
        failure.InnerException is SqliteException { SqliteErrorCode: Busy or Locked } || failure is SqliteException { SqliteErrorCode: Busy or Locked };
}
