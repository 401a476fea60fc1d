using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Waits for a busy database instead of failing at once when two writers meet, and reads the file through
/// memory mapping: a search or a queue page touches thousands of pages, and mapped pages are read without
/// a system call each and shared by every pooled connection through the operating system's cache.
/// </summary>
internal sealed class SqliteTuningInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
