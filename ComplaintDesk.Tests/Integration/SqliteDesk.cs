using ComplaintDesk.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Core's services on a real SQLite file, without the web host.</summary>
public sealed class SqliteDesk : CoreDesk
{
    private string Path => System.IO.Path.Combine(Folder, "desk.db");

    protected override Task<(string ConnectionString, DeskDatabaseProvider Provider)> CreateDatabaseAsync() =>
        Task.FromResult(($"Data Source={Path}", DeskDatabaseProvider.Sqlite));

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
        return Task.CompletedTask;
    }
}
