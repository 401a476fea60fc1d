using ComplaintDesk.Tests.Core.Persistence;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="FilteringTextWhateverItsCase"/>, on PostgreSQL.</summary>
public sealed class FilteringTextWhateverItsCaseOnPostgres() : FilteringTextWhateverItsCase(new PostgresDesk());
