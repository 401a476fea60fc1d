using ComplaintDesk.Tests.Core.Search;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SearchingForShortText"/>, on PostgreSQL.</summary>
public sealed class SearchingForShortTextOnPostgres() : SearchingForShortText(new PostgresDesk());
