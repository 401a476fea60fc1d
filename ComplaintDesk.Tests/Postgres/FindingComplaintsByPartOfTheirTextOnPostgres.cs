using ComplaintDesk.Tests.Core.Search;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="FindingComplaintsByPartOfTheirText"/>, on PostgreSQL.</summary>
public sealed class FindingComplaintsByPartOfTheirTextOnPostgres() : FindingComplaintsByPartOfTheirText(new PostgresDesk());
