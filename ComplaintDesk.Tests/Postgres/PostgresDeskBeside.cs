using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>A second node's Core services on another desk's PostgreSQL database; that desk drops the database.</summary>
public sealed class PostgresDeskBeside(PostgresDesk first) : CoreDesk
{
    protected override Task<(string ConnectionString, DeskDatabaseProvider Provider)> CreateDatabaseAsync() =>
        Task.FromResult((first.ConnectionString, DeskDatabaseProvider.Postgres));

    protected override Task DropDatabaseAsync() => Task.CompletedTask;
}
