using ComplaintDesk.Tests.Core.Search;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SearchingWithQuerySyntax"/>, on PostgreSQL.</summary>
public sealed class SearchingWithQuerySyntaxOnPostgres() : SearchingWithQuerySyntax(new PostgresDesk());
