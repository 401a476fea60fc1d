using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>Core's services on a PostgreSQL database of their own, without the web host.</summary>
public sealed class PostgresDesk : CoreDesk
{
    private string? _connectionString;

    protected override async Task<(string ConnectionString, DeskDatabaseProvider Provider)> CreateDatabaseAsync()
    {
        _connectionString = await TestPostgres.CreateMigratedAsync();
        return (_connectionString, DeskDatabaseProvider.Postgres);
    }

    protected override Task DropDatabaseAsync() => TestPostgres.DropAsync(_connectionString!);
}
