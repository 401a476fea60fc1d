using ComplaintDesk.Tests.Core.Duplicates;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="FindingPossibleDuplicates"/>, on PostgreSQL.</summary>
public sealed class FindingPossibleDuplicatesOnPostgres() : FindingPossibleDuplicates(new PostgresDesk());
