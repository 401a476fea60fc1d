namespace ComplaintDesk.Core.Persistence;

/// <summary>The engine and connection string the desk's database was registered with, for what shares that database.</summary>
public sealed record DeskDatabaseSource(DeskDatabaseProvider Provider, string ConnectionString);
