using ComplaintDesk.Tests.Core.Search;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SearchingNamesOnlyForRolesThatSeeThem"/>, on PostgreSQL.</summary>
public sealed class SearchingNamesOnlyForRolesThatSeeThemOnPostgres() : SearchingNamesOnlyForRolesThatSeeThem(new PostgresDesk());
