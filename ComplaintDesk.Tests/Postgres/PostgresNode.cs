using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// One node of a desk on PostgreSQL, which other nodes may share: the real app with demo users, a fake clock and
/// a reports folder of its own, on the database it is given (which it migrates and seeds at start when empty).
/// </summary>
public class PostgresNode : DeskApiFactory
{
    public PostgresNode(string database) => Database = database;

    protected PostgresNode()
    {
    }

    protected string Database { get; set; } = "";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Desk:DemoData"] = "true",
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DeskDatabaseProvider.Postgres),
        ["ConnectionStrings:Desk"] = Database,
    };
}
