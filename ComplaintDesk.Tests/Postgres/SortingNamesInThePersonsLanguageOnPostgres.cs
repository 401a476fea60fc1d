using ComplaintDesk.Tests.Core.Persistence;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SortingNamesInThePersonsLanguage"/>, on PostgreSQL.</summary>
public sealed class SortingNamesInThePersonsLanguageOnPostgres() : SortingNamesInThePersonsLanguage(new PostgresDesk());
