using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>Core's services on a PostgreSQL database of their own, without the web host.</summary>
public sealed class PostgresDesk : CoreDesk
{
    private string? _connectionString;

    /// <summary>The desk's database, for a second node (<see cref="PostgresDeskBeside"/>).</summary>
    public string ConnectionString => _connectionString!;

    protected override async Task<(string ConnectionString, DeskDatabaseProvider Provider)> CreateDatabaseAsync()
    {
        _connectionString = await TestPostgres.CreateMigratedAsync();
        return (_connectionString, DeskDatabaseProvider.Postgres);
    }

    protected override Task DropDatabaseAsync() => TestPostgres.DropAsync(_connectionString!);
}
