namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// The engine that holds the desk's database (<c>Desk:Database:Provider</c>): one model, a migration set each
/// (docs/decisions/0010).
/// </summary>
public enum DeskDatabaseProvider
{
    /// <summary>A file beside the app: the embedded default for one office.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several nodes on one database.</summary>
    Postgres,
}
