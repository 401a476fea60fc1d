using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Core.Persistence;

/// <summary>Gives each SQLite connection the desk's name orders (<see cref="NameCollation"/>), which SQLite lacks.</summary>
internal sealed class SqliteNameCollations : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        foreach (var collation in NameCollation.All)
        {
            var comparison = collation.Comparison;
            sqlite.CreateCollation(collation.Sqlite, (x, y) => comparison.Compare(x, y, CompareOptions.None));
        }
    }
}
