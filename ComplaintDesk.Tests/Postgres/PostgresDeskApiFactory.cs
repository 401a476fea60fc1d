using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// The real app on an empty PostgreSQL database of its own, which it migrates and seeds at start as a new
/// production desk would; demo users and a fake clock as in <see cref="DeskApiFactory"/>.
/// </summary>
public sealed class PostgresDeskApiFactory : DeskApiFactory, IAsyncLifetime
{
    private string _database = "";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Desk:DemoData"] = "true",
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DeskDatabaseProvider.Postgres),
        ["ConnectionStrings:Desk"] = _database,
    };

    public async Task InitializeAsync() => _database = await TestPostgres.CreateEmptyAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }
}
