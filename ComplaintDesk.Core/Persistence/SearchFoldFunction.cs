using System.Data.Common;
using ComplaintDesk.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Gives SQL the desk's fold as <c>desk_fold(text)</c>, so a migration that fills the text index from
/// existing rows folds them exactly as <see cref="SearchText.Fold"/> does when a complaint is saved.
/// </summary>
internal sealed class SearchFoldFunction : DbConnectionInterceptor
{
    public const string Name = "desk_fold";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction(Name, (string? text) => text is null ? null : SearchText.Fold(text), isDeterministic: true);
        }
    }
}
