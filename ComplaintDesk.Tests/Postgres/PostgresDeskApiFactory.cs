using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// The real app on an empty PostgreSQL database of its own, which it migrates and seeds at start as a new
/// production desk would; demo users and a fake clock as in <see cref="DeskApiFactory"/>.
/// </summary>
public sealed class PostgresDeskApiFactory : PostgresNode, IAsyncLifetime
{
    public async Task InitializeAsync() => Database = await TestPostgres.CreateEmptyAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestPostgres.DropAsync(Database);
    }
}
