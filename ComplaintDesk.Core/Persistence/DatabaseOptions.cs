namespace ComplaintDesk.Core.Persistence;

/// <summary>The <c>Desk:Database</c> settings section; the connection string itself is <c>ConnectionStrings:Desk</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Desk:Database";

    public DeskDatabaseProvider Provider { get; set; } = DeskDatabaseProvider.Sqlite;
}
